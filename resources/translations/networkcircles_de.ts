<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en" language="de">
  <context>
    <name>about</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/about.py" line="10" />
      <source>&lt;h3&gt;networkcircles {version}&lt;/h3&gt;&lt;p&gt;Your job-search network as concentric circles: family and friends, former co-workers and bosses, fellow job seekers, associations and acquaintances.&lt;/p&gt;&lt;p&gt;Reach out to every circle, not only the nearest.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file you choose.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;networkcircles {version}&lt;/h3&gt;&lt;p&gt;Ihr Netzwerk für die Jobsuche als konzentrische Kreise: Familie und Freunde, frühere Kollegen und Vorgesetzte, andere Jobsuchende, Verbände und Bekannte.&lt;/p&gt;&lt;p&gt;Sprechen Sie jeden Kreis an, nicht nur den nächsten.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in einer Datei Ihrer Wahl.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/about.py" line="18" />
      <source>About networkcircles</source>
      <translation>Über networkcircles</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="93" />
      <source>&amp;About networkcircles</source>
      <translation>Über &amp;networkcircles</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="103" />
      <source>&amp;Add Contact Here…</source>
      <translation>&amp;Kontakt hier hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="79" />
      <source>&amp;Delete Contact</source>
      <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="94" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="68" />
      <source>&amp;Export Contacts…</source>
      <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="81" />
      <source>&amp;Find…</source>
      <translation>&amp;Suchen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="84" />
      <source>&amp;Fit Diagram</source>
      <translation>Diagramm &amp;einpassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="60" />
      <source>&amp;Import Contacts or Events…</source>
      <translation>Kontakte oder Termine &amp;importieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>&amp;Log Interaction…</source>
      <translation>Kontakt &amp;eintragen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="57" />
      <source>&amp;New Network…</source>
      <translation>&amp;Neues Netzwerk…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="58" />
      <source>&amp;Open Network…</source>
      <translation>Netzwerk ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="72" />
      <source>&amp;Print Circle Summary…</source>
      <translation>Kreisübersicht &amp;drucken…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="104" />
      <source>&amp;Print This Circle…</source>
      <translation>Diesen Kreis &amp;drucken…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="74" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="128" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="105" />
      <source>&amp;Rename Circle…</source>
      <translation>Kreis &amp;umbenennen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="102" />
      <source>&amp;Show Only This Circle</source>
      <translation>&amp;Nur diesen Kreis zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="90" />
      <source>&amp;Sort Unplaced People…</source>
      <translation>&amp;Unsortierte Personen einordnen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="125" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="76" />
      <source>Add a person</source>
      <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="103" />
      <source>Add a person to this circle</source>
      <translation>Eine Person zu diesem Kreis hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="61" />
      <source>Add contacts from vCard or CSV files, events from iCalendar files</source>
      <translation>Kontakte aus vCard- oder CSV-Dateien, Termine aus iCalendar-Dateien hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="106" />
      <source>Change &amp;Colour…</source>
      <translation>&amp;Farbe ändern…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="94" />
      <source>Change this person's details</source>
      <translation>Die Angaben zu dieser Person ändern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="98" />
      <source>Choose when to get back in touch</source>
      <translation>Festlegen, wann Sie sich wieder melden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="79" />
      <source>Delete the selected contact</source>
      <translation>Den ausgewählten Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="87" />
      <source>Draw a line from each person to whoever they introduced you to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="64" />
      <source>Export &amp;Calendar…</source>
      <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="100" />
      <source>Flag: Passes Along &amp;Gossip</source>
      <translation>Markierung: Erzählt &amp;Tratsch weiter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="100" />
      <source>Leave out someone who only passes gossip along</source>
      <translation>Jemanden auslassen, der nur Tratsch weitererzählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="102" />
      <source>List only this circle</source>
      <translation>Nur diesen Kreis auflisten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="76" />
      <source>New &amp;Contact…</source>
      <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>Note a call, a meeting or a message with this person</source>
      <translation>Einen Anruf, ein Treffen oder eine Nachricht mit dieser Person festhalten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="58" />
      <source>Open a network file</source>
      <translation>Eine Netzwerkdatei öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="91" />
      <source>Place unplaced people in circles one by one</source>
      <translation>Unsortierte Personen nacheinander einem Kreis zuordnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="104" />
      <source>Print a summary of this circle</source>
      <translation>Eine Übersicht dieses Kreises drucken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="72" />
      <source>Print circles or save them as PDF</source>
      <translation>Kreise drucken oder als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="74" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="81" />
      <source>Search contacts</source>
      <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="98" />
      <source>Set &amp;Follow-up…</source>
      <translation>&amp;Nachfassen planen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="86" />
      <source>Sho&amp;w Introductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="84" />
      <source>Show all the rings</source>
      <translation>Alle Ringe zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="57" />
      <source>Start an empty network file</source>
      <translation>Eine leere Netzwerkdatei anlegen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="144" />
      <source>Unplaced</source>
      <translation>Nicht zugeordnet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="69" />
      <source>Write contacts to a vCard or CSV file</source>
      <translation>Kontakte in eine vCard- oder CSV-Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="65" />
      <source>Write your events to an iCalendar file</source>
      <translation>Ihre Termine in eine iCalendar-Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="82" />
      <source>Zoom &amp;In</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="83" />
      <source>Zoom &amp;Out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../networkcircles/ui/app.py" line="86" />
      <source>{path} cannot be opened: {reason}</source>
      <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AssociationsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="118" />
      <source>&amp;Add association…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="119" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="180" />
      <source>&amp;Events per year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="176" />
      <source>&amp;Local or online:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="177" />
      <source>&amp;Membership:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="174" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="171" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="175" />
      <source>&amp;Website:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="366" />
      <source>Add association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="92" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="183" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="310" />
      <source>Association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="361" />
      <source>Association not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="109" />
      <source>Associations compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="94" />
      <source>Benefits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="179" />
      <source>Benefits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="136" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="239" />
      <source>Considering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="93" />
      <source>Contacts
made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="94" />
      <source>Cost per
contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="94" />
      <source>Cost per
lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="142" />
      <source>Dues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="144" />
      <source>Dues period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="178" />
      <source>Dues:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="93" />
      <source>Events
attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="191" />
      <source>Events of this association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="181" />
      <source>Expected per year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="265" />
      <source>Expected: you are only considering joining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="112" />
      <source>Italic rows are associations you are considering: their figures are what you expect in a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="189" />
      <source>Its events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="150" />
      <source>Job board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="136" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="239" />
      <source>Joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="93" />
      <source>Leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="132" />
      <source>Local</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="152" />
      <source>Member directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="92" />
      <source>Membership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="151" />
      <source>Mentoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="182" />
      <source>N&amp;otes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="366" />
      <source>Name of the association:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="137" />
      <source>Neither yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="133" />
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="92" />
      <source>Yearly
cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="164" />
      <source>contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="166" />
      <source>leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="146" />
      <source>per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="145" />
      <source>per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="132" />
      <source>—</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttendeePickerDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="241" />
      <source>Search names and organisations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="153" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="205" />
      <source>({n} not told)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="124" />
      <source>30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="144" />
      <source>Balance per circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="158" />
      <source>Call a circle neglected after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="133" />
      <source>Contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="131" />
      <source>Contacts in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="259" />
      <source>Every circle has heard from you lately. Keep mixing it up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="134" />
      <source>Follow-ups overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="132" />
      <source>Know you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="126" />
      <source>Last outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="127" />
      <source>Leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="136" />
      <source>Leads whose chain of introductions started in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="154" />
      <source>Neglected after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="168" />
      <source>Outreach per week, last 12 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="125" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="122" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="135" />
      <source>The latest day you reached out to someone in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="123" />
      <source>Told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="249" />
      <source>You have not reached out to anyone in {circle} for {days} days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="242" />
      <source>You have not reached out to anyone in {circle} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="211" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="254" />
      <source>{n} in family and friends do not know you are looking yet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirclesScene</name>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="528" />
      <source>People to meet · {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="525" />
      <source>Unplaced · {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/ring_items.py" line="193" />
      <source>You</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirclesView</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="162" />
      <source>Contacted recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="163" />
      <source>Follow-up due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="164" />
      <source>Follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="175" />
      <source>Introduced you to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="166" />
      <source>Knows you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="173" />
      <source>Leave out: passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="165" />
      <source>Never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="174" />
      <source>Someone you want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="172" />
      <source>Worth telling about your search</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactActivityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="92" />
      <source>&amp;Log interaction…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="446" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="493" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="141" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="211" />
      <source>Agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="206" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="207" />
      <source>Application (role at company)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="209" />
      <source>Asked today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="366" />
      <source>Asked {n} times in the last {days} days: give them a rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="320" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="178" />
      <source>Can vouch for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="114" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="162" />
      <source>Co-worker: vouching and references</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="213" />
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="94" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="219" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="321" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="323" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="165" />
      <source>Expertise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="109" />
      <source>Follow-up day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="215" />
      <source>Given today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="246" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="266" />
      <source>Heard my pitch on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="87" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="89" />
      <source>Interactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="133" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="136" />
      <source>Introduced by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="349" />
      <source>Introduced you to: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="322" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="324" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="269" />
      <source>Might introduce me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="106" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="58" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="314" />
      <source>No contact selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="377" />
      <source>Nobody yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="243" />
      <source>Pitch and introductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="235" />
      <source>Reference log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="203" />
      <source>Reference requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="143" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="180" />
      <source>Same field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="113" />
      <source>Set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="258" />
      <source>Someone I want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="467" />
      <source>This introduction is already recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="248" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="167" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="168" />
      <source>What else they can speak to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="111" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="112" />
      <source>What to follow up on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="182" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="140" />
      <source>Who introduced them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="261" />
      <source>Who might introduce me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="164" />
      <source>Work ethic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="181" />
      <source>Worked together at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="108" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="245" />
      <source>YYYY-MM-DD, empty: not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="389" />
      <source>agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="391" />
      <source>declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="172" />
      <source>e.g. 2018 to 2022</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="387" />
      <source>given {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="393" />
      <source>no answer yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="394" />
      <source>{day}  {application}: {answer}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactDetailsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="72" />
      <source>&amp;Circle</source>
      <translation>&amp;Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="109" />
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="71" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="108" />
      <source>&amp;Revert</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="107" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="78" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="119" />
      <source>Click a dot in the diagram or a name in the list to see and edit that person here.

Double-click empty space in a ring to add someone to that circle, or drag people from the Unplaced tray onto a ring.</source>
      <translation>Klicken Sie auf einen Punkt im Diagramm oder einen Namen in der Liste, um die Person hier zu sehen und zu bearbeiten.

Doppelklicken Sie auf eine freie Stelle in einem Ring, um jemanden zu diesem Kreis hinzuzufügen, oder ziehen Sie Personen aus der Ablage „Nicht zugeordnet“ auf einen Ring.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="147" />
      <source>Close</source>
      <translation>Eng</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="147" />
      <source>Cold</source>
      <translation>Kalt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="196" />
      <source>Contact details</source>
      <translation>Kontaktdetails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="205" />
      <source>Contact details: {name}</source>
      <translation>Kontaktdetails: {name}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="76" />
      <source>E-mails</source>
      <translation>E-Mails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="85" />
      <source>Follow-up note</source>
      <translation>Notiz zum Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="73" />
      <source>How I know them</source>
      <translation>Woher ich sie kenne</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="82" />
      <source>Knows I'm looking since</source>
      <translation>Weiß seit, dass ich suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="83" />
      <source>Last contacted</source>
      <translation>Zuletzt kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="80" />
      <source>LinkedIn</source>
      <translation>LinkedIn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="84" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="62" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="193" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="197" />
      <source>No contact selected</source>
      <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="87" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="159" />
      <source>One per line; 'mobile: +1 555 0100' adds a label</source>
      <translation>Eine pro Zeile; „mobil: +49 30 1234567“ fügt eine Bezeichnung hinzu</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="157" />
      <source>One per line; 'work: ana@example.com' adds a label</source>
      <translation>Eine pro Zeile; „Arbeit: ana@example.com“ fügt eine Bezeichnung hinzu</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="74" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="77" />
      <source>Phones</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="75" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="81" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="147" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="173" />
      <source>Unplaced</source>
      <translation>Nicht zugeordnet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="147" />
      <source>Warm</source>
      <translation>Warm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="86" />
      <source>Warmth</source>
      <translation>Wärme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="79" />
      <source>Website</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="164" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="207" />
      <source>{name}, circle: {circle}</source>
      <translation>{name}, Kreis: {circle}</translation>
    </message>
  </context>
  <context>
    <name>ContactEventsList</name>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="432" />
      <source> (planned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="417" />
      <source>Events with this contact</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactListPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="110" />
      <source>All circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="61" />
      <source>Anyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="90" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="64" />
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="195" />
      <source>Move %n selected to</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="63" />
      <source>Not yet asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="53" />
      <source>Search contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="51" />
      <source>Search name, organisation, e-mail, tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="58" />
      <source>Show by reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="71" />
      <source>Show circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="62" />
      <source>Tell them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="113" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="59" />
      <source>Whom to tell about your search (reliability)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>contacts</name>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="181" />
      <source>Circle: {circle}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="94" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>diagram</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="381" />
      <source>Network diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="219" />
      <source>People to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="192" />
      <source>Unnamed contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="217" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="184" />
      <source>You, at the centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="379" />
      <source>arrow keys move between people and rings, Enter opens, the menu key shows what you can do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="195" />
      <source>contacted recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="196" />
      <source>follow-up due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="197" />
      <source>follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="202" />
      <source>knows you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="207" />
      <source>leave out: passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="198" />
      <source>never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="209" />
      <source>someone you want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="205" />
      <source>worth telling about your search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="221" />
      <source>{circle} ring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="212" />
      <source>{n} of {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="188" />
      <source>{place}, 1 person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="188" />
      <source>{place}, {count} people</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="91" />
      <source>Event {when}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="32" />
      <source>Follow-ups due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="81" />
      <source>Nothing due today. Well done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="89" />
      <source>in {days} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="87" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="85" />
      <source>{days} days ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="66" />
      <source>{name}: due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="63" />
      <source>{name}: {days} days overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="76" />
      <source>{overdue} overdue, {today} due today, {events} events this week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventCalendarPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="95" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="94" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="93" />
      <source>&amp;New…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="123" />
      <source>&amp;Plan to meet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="124" />
      <source>&amp;Unlink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="122" />
      <source>&amp;Who I met…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="89" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="125" />
      <source>At the &amp;event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="285" />
      <source>Cost: {cost}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="112" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="275" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="82" />
      <source>Event calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="404" />
      <source>Event not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="249" />
      <source>No events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="283" />
      <source>Organised by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="276" />
      <source>Pick an event in the agenda or the list below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="120" />
      <source>Plan for the event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="135" />
      <source>Plan: people and organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="288" />
      <source>Repeats: {rule}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="126" />
      <source>Type in the new people you meet, quickly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="148" />
      <source>Upcoming (next 30 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="150" />
      <source>Upcoming events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="117" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="133" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="375" />
      <source>Who I met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="375" />
      <source>Whom I plan to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="208" />
      <source>all day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="300" />
      <source>{name} (organisation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="296" />
      <source>{name} (to meet)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventCaptureDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="61" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="97" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="87" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="57" />
      <source>0 Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="46" />
      <source>At the event: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="71" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="81" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="60" />
      <source>Circle (press 0 to 5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="92" />
      <source>Enter adds the person. Circle: press 1 to 5 (0 for unplaced). Finish links everyone to the event and places them in their rings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="51" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="68" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="81" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="70" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="81" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="55" />
      <source>One line to remember them by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="53" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="69" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="81" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventEditorDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="153" />
      <source>&amp;Cost:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="148" />
      <source>&amp;Ends:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="145" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="151" />
      <source>&amp;Location or link:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="155" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="152" />
      <source>&amp;Organiser:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="150" />
      <source>&amp;Repeats:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="147" />
      <source>&amp;Starts:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="144" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="224" />
      <source>'{rule}' is not a repeat rule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="217" />
      <source>'{zone}' is not a time zone (e.g. Europe/Paris).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="125" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="123" />
      <source>Address or meeting link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="93" />
      <source>All day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="214" />
      <source>An event needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="40" />
      <source>Association meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="49" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="38" />
      <source>Career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="107" />
      <source>Choose, or type an iCalendar RRULE such as FREQ=WEEKLY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="109" />
      <source>Does not repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="72" />
      <source>Edit event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="110" />
      <source>Every day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="113" />
      <source>Every month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="112" />
      <source>Every two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="111" />
      <source>Every week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="39" />
      <source>Job club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="37" />
      <source>Networking event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="72" />
      <source>New event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="42" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="48" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="50" />
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="154" />
      <source>Stat&amp;us:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="220" />
      <source>The event ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="149" />
      <source>Time &amp;zone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="41" />
      <source>Webinar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportContactsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="53" />
      <source>&amp;Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="52" />
      <source>&amp;Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="42" />
      <source>All contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="23" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="22" />
      <source>CSV in Google Contacts' layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="37" />
      <source>Export contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="20" />
      <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="21" />
      <source>vCard files (*.vcf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="67" />
      <source>%1 new, %2 to merge with people you already have, %3 rejected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="158" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="76" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="89" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="86" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="110" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="62" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="163" />
      <source>Import contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="157" />
      <source>Importing contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="89" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="76" />
      <source>Merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="76" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="103" />
      <source>Put new contacts in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="89" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="77" />
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="92" />
      <source>Rows that will not be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="100" />
      <source>Unplaced (sort them afterwards)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="49" />
      <source>line %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="49" />
      <source>record %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="45" />
      <source>the file cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="40" />
      <source>the file holds binary data, not contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="41" />
      <source>the file is cut off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="47" />
      <source>the file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="39" />
      <source>the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="42" />
      <source>the file is not what its name says</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="43" />
      <source>the header has no name column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="44" />
      <source>this kind of file cannot be imported (use .vcf or .csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="84" />
      <source>whole file: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LeadsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="81" />
      <source>&amp;Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="83" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="82" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="46" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="54" />
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="196" />
      <source>Came through: {chain}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="48" />
      <source>Career fairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="47" />
      <source>Companies hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="155" />
      <source>Double-click to open {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="135" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="135" />
      <source>Hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="64" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="77" />
      <source>Leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="188" />
      <source>Nobody is recorded as the source of this tip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="55" />
      <source>Open (not closed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="67" />
      <source>Shared by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="195" />
      <source>Shared by {person}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="68" />
      <source>Shared on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="44" />
      <source>Show kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="53" />
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="84" />
      <source>Show who shared it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="66" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="135" />
      <source>Tool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="49" />
      <source>Tools and websites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="65" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LogInteractionDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="49" />
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="50" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="51" />
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="52" />
      <source>&amp;Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="38" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="38" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="39" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="33" />
      <source>Log interaction with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="39" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="40" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="47" />
      <source>e.g. will introduce me to their manager</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="124" />
      <source> (read-only)</source>
      <translation> (schreibgeschützt)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="159" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="148" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="182" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="470" />
      <source>&amp;Move to</source>
      <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="167" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="92" />
      <source>Activity</source>
      <translation>Aktivität</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="98" />
      <source>Associations</source>
      <translation>Verbände</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="74" />
      <source>Contact details</source>
      <translation>Kontaktdetails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="423" />
      <source>Contact not saved</source>
      <translation>Kontakt nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="71" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="95" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="97" />
      <source>Event calendar</source>
      <translation>Terminkalender</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="450" />
      <source>Flag as gossip</source>
      <translation>Als Tratsch markieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="96" />
      <source>Leads and tips</source>
      <translation>Hinweise und Tipps</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="185" />
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="93" />
      <source>Met at events</source>
      <translation>Bei Terminen getroffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="99" />
      <source>Mix it up</source>
      <translation>Gut gemischt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="63" />
      <source>Network diagram</source>
      <translation>Netzwerkdiagramm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="150" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="113" />
      <source>Put back a copy of this network made earlier</source>
      <translation>Eine früher angelegte Kopie dieses Netzwerks zurückholen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="94" />
      <source>Reliability</source>
      <translation>Verlässlichkeit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="112" />
      <source>Restore from &amp;Backup…</source>
      <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="77" />
      <source>Sort unplaced people</source>
      <translation>Unsortierte Personen einordnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="344" />
      <source>This network is open read-only: another window is editing it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="450" />
      <source>Unflag gossip</source>
      <translation>Tratsch-Markierung entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="372" />
      <source>the unplaced tray</source>
      <translation>die Ablage „Nicht zugeordnet“</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="159" />
      <source>{count} follow-ups and events need you: see the Due list</source>
      <translation>{count} Nachfass-Aufgaben und Termine warten auf Sie: siehe Liste „Fällig“</translation>
    </message>
    <message>
      <source>&amp;Add Contact Here…</source>
      <translation type="vanished">&amp;Kontakt hier hinzufügen…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation type="vanished">&amp;Löschen…</translation>
    </message>
    <message>
      <source>&amp;Log Interaction…</source>
      <translation type="vanished">Kontakt &amp;eintragen…</translation>
    </message>
    <message>
      <source>&amp;Print This Circle…</source>
      <translation type="vanished">Diesen Kreis &amp;drucken…</translation>
    </message>
    <message>
      <source>&amp;Rename Circle…</source>
      <translation type="vanished">Kreis &amp;umbenennen…</translation>
    </message>
    <message>
      <source>&amp;Show Only This Circle</source>
      <translation type="vanished">&amp;Nur diesen Kreis zeigen</translation>
    </message>
    <message>
      <source>Change &amp;Colour…</source>
      <translation type="vanished">&amp;Farbe ändern…</translation>
    </message>
    <message>
      <source>Flag: Passes Along &amp;Gossip</source>
      <translation type="vanished">Markierung: Erzählt &amp;Tratsch weiter</translation>
    </message>
    <message>
      <source>Set &amp;Follow-up…</source>
      <translation type="vanished">&amp;Nachfassen planen…</translation>
    </message>
    <message>
      <source>Unplaced</source>
      <translation type="vanished">Nicht zugeordnet</translation>
    </message>
  </context>
  <context>
    <name>NetworkFiles</name>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="47" />
      <source>Cannot open network</source>
      <translation>Netzwerk kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="95" />
      <source>Contacts and calendars (*.vcf *.vcard *.csv *.ics);;Contacts (*.vcf *.vcard *.csv);;Calendars (*.ics);;All files (*)</source>
      <translation>Kontakte und Kalender (*.vcf *.vcard *.csv *.ics);;Kontakte (*.vcf *.vcard *.csv);;Kalender (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="143" />
      <source>Export calendar</source>
      <translation>Kalender exportieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="129" />
      <location filename="../../networkcircles/ui/file_controller.py" line="153" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="135" />
      <source>Exported {count} contacts to {path}</source>
      <translation>{count} Kontakte nach {path} exportiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="159" />
      <source>Exported {count} events to {path}</source>
      <translation>{count} Termine nach {path} exportiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="94" />
      <source>Import contacts or events</source>
      <translation>Kontakte oder Termine importieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="106" />
      <source>Imported: {added} added, {merged} merged, {events} events</source>
      <translation>Importiert: {added} neu, {merged} zusammengeführt, {events} Termine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="70" />
      <source>New network</source>
      <translation>Neues Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="144" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="71" />
      <source>{path} already exists. Use File ▸ Open to open it.</source>
      <translation>{path} gibt es schon. Öffnen Sie es mit Datei ▸ Öffnen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="48" />
      <source>{path} cannot be opened: {reason}</source>
      <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="130" />
      <location filename="../../networkcircles/ui/file_controller.py" line="154" />
      <source>{path} could not be written: {reason}</source>
      <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>OutreachChart</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="34" />
      <source>Outreach per circle per week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PanelDocks</name>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="30" />
      <source>All your contacts and their circles; search or filter by circle</source>
      <translation>Alle Ihre Kontakte und ihre Kreise; suchen oder nach Kreis filtern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="39" />
      <source>Associations compared by cost and return</source>
      <translation>Verbände nach Kosten und Nutzen verglichen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="34" />
      <source>Events where you met the selected contact</source>
      <translation>Termine, bei denen Sie den ausgewählten Kontakt getroffen haben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="36" />
      <source>Follow-ups and events that are due, the most urgent first</source>
      <translation>Fällige Nachfass-Aufgaben und Termine, die dringendsten zuerst</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="32" />
      <source>Give each unplaced person a circle, one by one</source>
      <translation>Jeder nicht zugeordneten Person nacheinander einen Kreis geben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="40" />
      <source>How recently each circle heard from you: the ones you neglect</source>
      <translation>Wann jeder Kreis zuletzt von Ihnen gehört hat: die vernachlässigten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="37" />
      <source>Job leads and tips, and who shared them</source>
      <translation>Stellenhinweise und Tipps, und von wem sie stammen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="38" />
      <source>Networking events, career fairs, meetings and job clubs</source>
      <translation>Netzwerktreffen, Jobmessen, Versammlungen und Jobclubs</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="31" />
      <source>The selected contact's details, to read and edit</source>
      <translation>Die Angaben zum ausgewählten Kontakt, zum Lesen und Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="33" />
      <source>The selected contact's interactions, follow-up and introductions</source>
      <translation>Kontakte, Nachfassen und Vorstellungen des ausgewählten Kontakts</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="35" />
      <source>Whether the selected acquaintance should hear about your search</source>
      <translation>Ob der ausgewählte Bekannte von Ihrer Suche erfahren sollte</translation>
    </message>
  </context>
  <context>
    <name>panels</name>
    <message>
      <location filename="../../networkcircles/ui/panels/widgets.py" line="20" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/widgets.py" line="18" />
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/widgets.py" line="19" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
  </context>
  <context>
    <name>PitchDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="36" />
      <source>&amp;Industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="37" />
      <source>&amp;Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="37" />
      <source>&amp;Strengths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="38" />
      <source>&amp;What to tell people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="88" />
      <source>Keep it short: at most {most} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="36" />
      <source>Target &amp;roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="32" />
      <source>What you are looking for, and the few sentences an acquaintance can repeat to the people they meet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="27" />
      <source>Your pitch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="67" />
      <source>{used} of {most} characters</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pointer</name>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="189" />
      <source>Contacts not yet in a circle: drag them onto a ring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="72" />
      <source>Follow-up on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="70" />
      <source>Follow-up overdue since {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="77" />
      <source>Knows you are looking (told {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="66" />
      <source>Last contact: {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="81" />
      <source>Leave out: passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="64" />
      <source>Never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="191" />
      <source>People you want to meet: drag one onto a ring once you have.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="61" />
      <source>Someone you want to meet; nobody to introduce you yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="57" />
      <source>Someone you want to meet; {name} might introduce you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/pointer.py" line="83" />
      <source>Worth telling about your search</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintSummary</name>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="296" />
      <source>%1 (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="514" />
      <source>%1 · for sharing</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="349" />
      <source>%n contacts are not yet placed in a circle.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="238" />
      <source>%n of them are left out: listed apart at the end, not among the people to tell.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/render.py" line="606" />
      <location filename="../../networkcircles/printing/summary.py" line="232" />
      <source>%n people</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="384" />
      <source>(%1 in %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="213" />
      <source>(overdue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="347" />
      <source>1 contact is not yet placed in a circle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="237" />
      <source>1 of them is left out: listed apart at the end, not among the people to tell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="606" />
      <location filename="../../networkcircles/printing/summary.py" line="232" />
      <source>1 person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="310" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="446" />
      <source>Company or title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="313" />
      <source>Contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/output.py" line="93" />
      <source>Could not start printing (the printer or file refused).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="360" />
      <source>Cut along the dashed line and keep it with you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="393" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="395" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="450" />
      <source>Heard from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="196" />
      <location filename="../../networkcircles/printing/summary.py" line="251" />
      <source>How you know them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="469" />
      <source>Industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="447" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="312" />
      <source>Know I'm looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="201" />
      <source>Knows I'm looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="199" />
      <location filename="../../networkcircles/printing/summary.py" line="253" />
      <source>Last contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="315" />
      <source>Last outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="295" />
      <source>Left out: they pass along gossip, cannot convey your situation, or have no useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="396" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="468" />
      <source>Looking for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="195" />
      <location filename="../../networkcircles/printing/summary.py" line="250" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="200" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="293" />
      <source>No one in this circle yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="214" />
      <source>Nothing to print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="459" />
      <source>Open leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="197" />
      <location filename="../../networkcircles/printing/summary.py" line="252" />
      <source>Organisation and role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="314" />
      <source>Overdue follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="528" />
      <source>Page %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="311" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="198" />
      <source>Phone and e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="359" />
      <source>Pocket card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="527" />
      <source>Printed on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="448" />
      <source>Role or details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="449" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="471" />
      <source>Strengths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="445" />
      <source>The printer refused a new page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="345" />
      <location filename="../../networkcircles/printing/render.py" line="352" />
      <location filename="../../networkcircles/printing/summary.py" line="506" />
      <source>The whole network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="394" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="410" />
      <source>Times are in %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="411" />
      <source>Upcoming events (next %n days)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="474" />
      <source>What to tell people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="470" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="565" />
      <source>You</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="371" />
      <source>all day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="370" />
      <source>all day, to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="418" />
      <source>applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="243" />
      <source>ask the questions first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="426" />
      <source>career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="409" />
      <source>contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="410" />
      <source>follow-up due soon, or getting cold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="411" />
      <source>follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="417" />
      <source>heard of it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="419" />
      <source>interviewing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="426" />
      <source>job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="219" />
      <location filename="../../networkcircles/printing/summary.py" line="257" />
      <location filename="../../networkcircles/printing/summary.py" line="325" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="412" />
      <source>never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="223" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="420" />
      <source>offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="426" />
      <source>resource</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="221" />
      <source>yes, since %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintSummaryDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="59" />
      <source>Circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="203" />
      <source>Could not write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="67" />
      <source>Diagram and balance (first page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="91" />
      <source>For me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="90" />
      <source>Landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="95" />
      <source>Names as initials; no phone numbers or e-mail addresses. Reliability notes are never printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="70" />
      <source>Open leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="105" />
      <source>Orientation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="187" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="104" />
      <source>Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="68" />
      <source>People in each circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="71" />
      <source>Pocket card with your pitch (last page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="89" />
      <source>Portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="110" />
      <source>Print Preview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="47" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="178" />
      <source>Print circle summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="80" />
      <source>Printed when you have written what to tell people, in both privacy modes: it holds only your own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="111" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="106" />
      <source>Privacy:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="185" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="202" />
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="112" />
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="64" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="92" />
      <source>To share with a coach or job club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="69" />
      <source>Upcoming events</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="104" />
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="105" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="78" />
      <source>Circle colour</source>
      <translation>Farbe des Kreises</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="72" />
      <source>Circle name:</source>
      <translation>Name des Kreises:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="98" />
      <source>Clear Follow-up</source>
      <translation>Nachfassen entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="43" />
      <source>Delete contact</source>
      <translation>Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="44" />
      <source>Delete {name} with their interactions and referrals?

You can undo this with Edit ▸ Undo.</source>
      <translation>{name} mit allen Kontakten und Empfehlungen löschen?

Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="87" />
      <source>Follow up with {name}</source>
      <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="34" />
      <source>Name of the new contact in {circle}:</source>
      <translation>Name des neuen Kontakts in {circle}:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="33" />
      <source>New contact</source>
      <translation>Neuer Kontakt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="59" />
      <source>New network</source>
      <translation>Neues Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="53" />
      <source>Open network</source>
      <translation>Netzwerk öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="72" />
      <source>Rename circle</source>
      <translation>Kreis umbenennen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="94" />
      <source>What to follow up about</source>
      <translation>Worum es beim Nachfassen geht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="21" />
      <source>networkcircles networks (*.sqlite *.db);;All files (*)</source>
      <translation>networkcircles-Netzwerke (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>ReliabilityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="53" />
      <source> a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="39" />
      <source>Acquaintances meet many people every day. Tell only those with useful contacts who can convey your situation accurately; leave out those who pass along gossip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="64" />
      <source>Can accurately convey my situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="166" />
      <source>Edit reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="62" />
      <source>Has useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="65" />
      <source>Just passes along gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="139" />
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="112" />
      <source>No contact selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="52" />
      <source>Not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="138" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="66" />
      <source>People they meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="150" />
      <source>Still to find out: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="138" />
      <source>Tell them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="148" />
      <source>They cannot accurately convey your situation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="149" />
      <source>They have no useful contacts for your search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="152" />
      <source>They have useful contacts and can convey your situation accurately.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="146" />
      <source>They just pass along gossip: your news would travel as a rumour.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="156" />
      <source>They meet about {n} people a day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="63" />
      <source>Whom they know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="47" />
      <source>Whom, or which field, do they know?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="143" />
      <source>whether they can convey your situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="142" />
      <source>whether they have useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="144" />
      <source>whether they pass along gossip</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="72" />
      <source>&amp;Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="42" />
      <source>Backups of {name} are made each day you first open it, before an upgrade and before a restore. The last {keep} are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="89" />
      <source>Before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="90" />
      <source>Before an upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="50" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="50" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="87" />
      <source>First start of the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="50" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="110" />
      <source>Replace the network with the backup of {when}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="39" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="107" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="133" />
      <source>Restore from Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="68" />
      <source>There are no backups of this network yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="112" />
      <source>What the network holds now is backed up first, so you can go back to it with Restore from Backup. Undo history is cleared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="59" />
      <source>unreadable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="134" />
      <source>{name} cannot be restored: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreLockedDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="15" />
      <source>Network already open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="24" />
      <source>Only one window at a time can change a network. You can look at it read-only here, or cancel and use the other window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="30" />
      <source>Open &amp;Read-Only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="18" />
      <source>{name} is open in another window ({holder}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>theme</name>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="156" />
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="155" />
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="154" />
      <source>&amp;System</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="162" />
      <source>&amp;Theme</source>
      <translation>&amp;Farbschema</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="168" />
      <source>Dark text on a light background</source>
      <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="167" />
      <source>Follow the light or dark look of the system</source>
      <translation>Dem hellen oder dunklen Erscheinungsbild des Systems folgen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="169" />
      <source>Light text on a dark background</source>
      <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
  </context>
  <context>
    <name>TipDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="53" />
      <source>&amp;Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="52" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="57" />
      <source>&amp;Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="55" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="54" />
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="58" />
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="111" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="113" />
      <source>A job lead needs a company.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="134" />
      <source>Applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="31" />
      <source>Career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="137" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="30" />
      <source>Company hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="27" />
      <source>Edit tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="56" />
      <source>Fair &amp;date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="115" />
      <source>Give the fair or the resource a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="133" />
      <source>Heard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="135" />
      <source>Interviewing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="61" />
      <source>N&amp;otes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="27" />
      <source>New tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="41" />
      <source>Nobody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="136" />
      <source>Offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="59" />
      <source>Shared &amp;by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="60" />
      <source>Shared &amp;on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="32" />
      <source>Tool or website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="47" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TriagePanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="148" />
      <source>%1 of %2 · %n left to sort</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="139" />
      <source>%n left to sort</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="142" />
      <source>Everyone who came in has a circle. Backspace goes back to change one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="144" />
      <source>Imported contacts wait here until you give each a circle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="140" />
      <source>Nobody left to sort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="156" />
      <source>Now in: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="68" />
      <source>Skip (S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="167" />
      <source>Tags: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="67" />
      <source>← Back</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="457" />
      <source>Add association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="20" />
      <source>Add contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="352" />
      <source>Add event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="214" />
      <source>Add introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="437" />
      <source>Add people met at event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="288" />
      <source>Add tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="198" />
      <source>Clear follow-up</source>
      <translation>Nachfassen entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="491" />
      <source>Delete association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="92" />
      <source>Delete contact</source>
      <translation>Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="386" />
      <source>Delete event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="183" />
      <source>Delete interaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="273" />
      <source>Delete reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="318" />
      <source>Delete tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="478" />
      <source>Edit association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="109" />
      <source>Edit circle</source>
      <translation>Kreis bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="44" />
      <location filename="../../networkcircles/ui/commands.py" line="129" />
      <source>Edit contact</source>
      <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="371" />
      <source>Edit event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="260" />
      <source>Edit reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="305" />
      <source>Edit tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="333" />
      <source>Edit your pitch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="403" />
      <source>Link people to event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="162" />
      <source>Log interaction</source>
      <translation>Kontakt eintragen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="242" />
      <source>Log reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="145" />
      <source>Met a contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="61" />
      <source>Move contact</source>
      <translation>Kontakt verschieben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="76" />
      <source>Move contacts</source>
      <translation>Kontakte verschieben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="227" />
      <source>Remove introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="198" />
      <source>Set follow-up</source>
      <translation>Nachfassen planen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="417" />
      <source>Unlink people from event</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="30" />
      <source>&amp;Explore a demo network</source>
      <translation>Ein &amp;Beispielnetzwerk erkunden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="28" />
      <source>&amp;Start my network</source>
      <translation>Mein Netzwerk &amp;beginnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="20" />
      <source>&lt;h2&gt;Your network, ring by ring&lt;/h2&gt;&lt;p&gt;Think of your network as the ripples from a stone dropped in a calm lake: family and friends at the centre, then former co-workers, fellow job seekers, associations, and acquaintances from the rest of life.&lt;/p&gt;&lt;p&gt;Reach out to every circle, not only the nearest.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Ihr Netzwerk, Ring für Ring&lt;/h2&gt;&lt;p&gt;Stellen Sie sich Ihr Netzwerk wie die Wellen vor, die ein Stein in einem stillen See schlägt: Familie und Freunde in der Mitte, dann frühere Kollegen, andere Jobsuchende, Verbände und Bekannte aus dem übrigen Leben.&lt;/p&gt;&lt;p&gt;Sprechen Sie jeden Kreis an, nicht nur den nächsten.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="16" />
      <source>Welcome to networkcircles</source>
      <translation>Willkommen bei networkcircles</translation>
    </message>
  </context>
</TS>
