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
      <location filename="../../networkcircles/ui/actions.py" line="105" />
      <source>&amp;About networkcircles</source>
      <translation>Über &amp;networkcircles</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="115" />
      <source>&amp;Add Contact Here…</source>
      <translation>&amp;Kontakt hier hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="91" />
      <source>&amp;Delete Contact</source>
      <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="106" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="76" />
      <source>&amp;Export Contacts…</source>
      <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="93" />
      <source>&amp;Find…</source>
      <translation>&amp;Suchen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>&amp;Fit Diagram</source>
      <translation>Diagramm &amp;einpassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="68" />
      <source>&amp;Import Contacts or Events…</source>
      <translation>Kontakte oder Termine &amp;importieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="108" />
      <source>&amp;Log Interaction…</source>
      <translation>Kontakt &amp;eintragen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="65" />
      <source>&amp;New Network…</source>
      <translation>&amp;Neues Netzwerk…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="66" />
      <source>&amp;Open Network…</source>
      <translation>Netzwerk ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="80" />
      <source>&amp;Print Circle Summary…</source>
      <translation>Kreisübersicht &amp;drucken…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="116" />
      <source>&amp;Print This Circle…</source>
      <translation>Diesen Kreis &amp;drucken…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="86" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="136" />
      <location filename="../../networkcircles/ui/actions.py" line="156" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="117" />
      <source>&amp;Rename Circle…</source>
      <translation>Kreis &amp;umbenennen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="114" />
      <source>&amp;Show Only This Circle</source>
      <translation>&amp;Nur diesen Kreis zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="102" />
      <source>&amp;Sort Unplaced People…</source>
      <translation>&amp;Unsortierte Personen einordnen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="136" />
      <location filename="../../networkcircles/ui/actions.py" line="153" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="88" />
      <source>Add a person</source>
      <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="115" />
      <source>Add a person to this circle</source>
      <translation>Eine Person zu diesem Kreis hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="69" />
      <source>Add contacts from vCard or CSV files, events from iCalendar files</source>
      <translation>Kontakte aus vCard- oder CSV-Dateien, Termine aus iCalendar-Dateien hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="118" />
      <source>Change &amp;Colour…</source>
      <translation>&amp;Farbe ändern…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="106" />
      <source>Change this person's details</source>
      <translation>Die Angaben zu dieser Person ändern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="110" />
      <source>Choose when to get back in touch</source>
      <translation>Festlegen, wann Sie sich wieder melden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="91" />
      <source>Delete the selected contact</source>
      <translation>Den ausgewählten Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="99" />
      <source>Draw a line from each person to whoever they introduced you to</source>
      <translation>Von jeder Person eine Linie zu denen ziehen, mit denen sie Sie bekannt gemacht hat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="84" />
      <source>Exchange changes with your address book and calendar servers (File ▸ Sync Accounts)</source>
      <translation>Änderungen mit Ihren Adressbuch- und Kalenderservern austauschen (Datei ▸ Synchronisationskonten)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="72" />
      <source>Export &amp;Calendar…</source>
      <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="112" />
      <source>Flag: Passes Along &amp;Gossip</source>
      <translation>Markierung: Erzählt &amp;Tratsch weiter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="112" />
      <source>Leave out someone who only passes gossip along</source>
      <translation>Jemanden auslassen, der nur Tratsch weitererzählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="114" />
      <source>List only this circle</source>
      <translation>Nur diesen Kreis auflisten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="88" />
      <source>New &amp;Contact…</source>
      <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="108" />
      <source>Note a call, a meeting or a message with this person</source>
      <translation>Einen Anruf, ein Treffen oder eine Nachricht mit dieser Person festhalten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="66" />
      <source>Open a network file</source>
      <translation>Eine Netzwerkdatei öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="103" />
      <source>Place unplaced people in circles one by one</source>
      <translation>Unsortierte Personen nacheinander einem Kreis zuordnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="116" />
      <source>Print a summary of this circle</source>
      <translation>Eine Übersicht dieses Kreises drucken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="80" />
      <source>Print circles or save them as PDF</source>
      <translation>Kreise drucken oder als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="86" />
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="83" />
      <source>S&amp;ync Now</source>
      <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="93" />
      <source>Search contacts</source>
      <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="110" />
      <source>Set &amp;Follow-up…</source>
      <translation>&amp;Nachfassen planen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="98" />
      <source>Sho&amp;w Introductions</source>
      <translation>&amp;Vermittlungen zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>Show all the rings</source>
      <translation>Alle Ringe zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="65" />
      <source>Start an empty network file</source>
      <translation>Eine leere Netzwerkdatei anlegen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="172" />
      <source>Unplaced</source>
      <translation>Ohne Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="77" />
      <source>Write contacts to a vCard or CSV file</source>
      <translation>Kontakte in eine vCard- oder CSV-Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="73" />
      <source>Write your events to an iCalendar file</source>
      <translation>Ihre Termine in eine iCalendar-Datei schreiben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="94" />
      <source>Zoom &amp;In</source>
      <translation>Ver&amp;größern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="95" />
      <source>Zoom &amp;Out</source>
      <translation>Ver&amp;kleinern</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../networkcircles/ui/app.py" line="104" />
      <source>{path} cannot be opened: {reason}</source>
      <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>AssociationsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="130" />
      <source>&amp;Add association…</source>
      <translation>Verband &amp;hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="131" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="198" />
      <source>&amp;Events per year:</source>
      <translation>&amp;Termine pro Jahr:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="194" />
      <source>&amp;Local or online:</source>
      <translation>&amp;Vor Ort oder online:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="195" />
      <source>&amp;Membership:</source>
      <translation>&amp;Mitgliedschaft:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="192" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="189" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="193" />
      <source>&amp;Website:</source>
      <translation>&amp;Webseite:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="431" />
      <source>Add association</source>
      <translation>Verband hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="95" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="201" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="359" />
      <source>Association</source>
      <translation>Verband</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="426" />
      <source>Association not saved</source>
      <translation>Verband nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="119" />
      <source>Associations compared</source>
      <translation>Verbände im Vergleich</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="103" />
      <source>Benefits</source>
      <translation>Leistungen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="197" />
      <source>Benefits:</source>
      <translation>Leistungen:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="153" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="280" />
      <source>Considering</source>
      <translation>In Erwägung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="99" />
      <source>Contacts
made</source>
      <translation>Kontakte
geknüpft</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="101" />
      <source>Cost per
contact</source>
      <translation>Kosten pro
Kontakt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="102" />
      <source>Cost per
lead</source>
      <translation>Kosten pro
Hinweis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="160" />
      <source>Dues</source>
      <translation>Beitrag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="162" />
      <source>Dues period</source>
      <translation>Beitragszeitraum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="196" />
      <source>Dues:</source>
      <translation>Beitrag:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="98" />
      <source>Events
attended</source>
      <translation>Termine
besucht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="209" />
      <source>Events of this association</source>
      <translation>Termine dieses Verbands</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="199" />
      <source>Expected per year:</source>
      <translation>Erwartet pro Jahr:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="306" />
      <source>Expected: you are only considering joining</source>
      <translation>Erwartet: Sie erwägen erst, beizutreten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="123" />
      <source>Italic rows are associations you are considering: their figures are what you expect in a year.</source>
      <translation>Kursive Zeilen sind Verbände, die Sie in Erwägung ziehen: ihre Zahlen sind das, was Sie in einem Jahr erwarten.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="207" />
      <source>Its events</source>
      <translation>Termine des Verbands</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="168" />
      <source>Job board</source>
      <translation>Stellenbörse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="152" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="280" />
      <source>Joined</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="100" />
      <source>Leads</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="146" />
      <source>Local</source>
      <translation>Vor Ort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="170" />
      <source>Member directory</source>
      <translation>Mitgliederverzeichnis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="96" />
      <source>Membership</source>
      <translation>Mitgliedschaft</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="169" />
      <source>Mentoring</source>
      <translation>Mentoring</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="200" />
      <source>N&amp;otes:</source>
      <translation>N&amp;otizen:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="431" />
      <source>Name of the association:</source>
      <translation>Name des Verbands:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="154" />
      <source>Neither yet</source>
      <translation>Noch keins von beiden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="147" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="97" />
      <source>Yearly
cost</source>
      <translation>Kosten
pro Jahr</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="182" />
      <source>contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="184" />
      <source>leads</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="164" />
      <source>per month</source>
      <translation>pro Monat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="163" />
      <source>per year</source>
      <translation>pro Jahr</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="145" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>AttendeePickerDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="368" />
      <source>Search names and organisations</source>
      <translation>Namen und Organisationen durchsuchen</translation>
    </message>
  </context>
  <context>
    <name>Background</name>
    <message>
      <location filename="../../networkcircles/ui/background.py" line="285" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/background.py" line="305" />
      <source>Cancelling…</source>
      <translation>Wird abgebrochen…</translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="163" />
      <source> days</source>
      <translation> Tagen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/balance.py" line="337" />
      <source>%n in family and friends do not know you are looking yet.</source>
      <translation>
        <numerusform>%n aus Familie und Freunden weiß noch nicht, dass Sie suchen.</numerusform>
        <numerusform>%n aus Familie und Freunden wissen noch nicht, dass Sie suchen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="257" />
      <source>({n} not told)</source>
      <translation>({n} noch nicht eingeweiht)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="130" />
      <source>30 days</source>
      <translation>30 Tage</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="154" />
      <source>Balance per circle</source>
      <translation>Ausgewogenheit je Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="168" />
      <source>Call a circle neglected after</source>
      <translation>Einen Kreis als vernachlässigt ansehen nach</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="139" />
      <source>Contacted in the last 30 days</source>
      <translation>In den letzten 30 Tagen kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="137" />
      <source>Contacts in the circle</source>
      <translation>Kontakte im Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="349" />
      <source>Every circle has heard from you lately. Keep mixing it up.</source>
      <translation>Jeder Kreis hat in letzter Zeit von Ihnen gehört. Bleiben Sie dran und mischen Sie weiter.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="140" />
      <source>Follow-ups overdue</source>
      <translation>Überfälliges Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="138" />
      <source>Know you are looking</source>
      <translation>Wissen von Ihrer Suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="132" />
      <source>Last outreach</source>
      <translation>Letzte Kontaktaufnahme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="133" />
      <source>Leads</source>
      <translation>Hinweise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="142" />
      <source>Leads whose chain of introductions started in the circle</source>
      <translation>Hinweise, deren Vermittlungskette in diesem Kreis begann</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="164" />
      <source>Neglected after</source>
      <translation>Vernachlässigt nach</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="334" />
      <source>One in family and friends does not know you are looking yet.</source>
      <translation>Eine Person aus Familie und Freunden weiß noch nicht, dass Sie suchen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="178" />
      <source>Outreach per week, last 12 weeks</source>
      <translation>Kontaktaufnahmen pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="131" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="128" />
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="141" />
      <source>The latest day you reached out to someone in the circle</source>
      <translation>Der letzte Tag, an dem Sie sich bei jemandem aus dem Kreis gemeldet haben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="129" />
      <source>Told</source>
      <translation>Eingeweiht</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/balance.py" line="323" />
      <source>You have not reached out to anyone in {circle} for %n day(s).</source>
      <translation>
        <numerusform>Sie haben sich seit %n Tag bei niemandem in {circle} gemeldet.</numerusform>
        <numerusform>Sie haben sich seit %n Tagen bei niemandem in {circle} gemeldet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="314" />
      <source>You have not reached out to anyone in {circle} yet.</source>
      <translation>Sie haben sich noch bei niemandem aus {circle} gemeldet.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="344" />
      <source>Your circles are empty: add your first people (double-click a ring, or File ▸ Import), then reach out to every circle.</source>
      <translation>Ihre Kreise sind leer: Fügen Sie die ersten Personen hinzu (Doppelklick auf einen Ring oder Datei ▸ Importieren) und melden Sie sich dann in jedem Kreis.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="263" />
      <source>never</source>
      <translation>nie</translation>
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="42" />
      <source>Acquaintances</source>
      <translation>Bekannte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="37" />
      <source>Dues can be steep: vet each association and compare them for the highest return.</source>
      <translation>Beiträge können hoch sein: Prüfen Sie jeden Verband und vergleichen Sie, welcher am meisten bringt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="16" />
      <source>Family and friends</source>
      <translation>Familie und Freunde</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="29" />
      <source>Fellow job seekers</source>
      <translation>Andere Jobsuchende</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="22" />
      <source>Former co-workers and bosses</source>
      <translation>Frühere Kollegen und Chefs</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="17" />
      <source>Make sure each of them knows you are looking: nobody is too close to ask.</source>
      <translation>Sorgen Sie dafür, dass alle hier von Ihrer Suche wissen: Niemand steht Ihnen zu nahe, um ihn zu fragen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="30" />
      <source>People met at networking events and job clubs share tools, career fairs and companies that are hiring.</source>
      <translation>Wen Sie bei Netzwerktreffen und in Jobclubs kennenlernen, teilt Hilfsmittel, Jobmessen und Firmen, die einstellen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="36" />
      <source>Professional and trade associations</source>
      <translation>Berufs- und Fachverbände</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="23" />
      <source>They can speak first hand to your work ethic and expertise: ask who will vouch for you and be a reference.</source>
      <translation>Wer mit Ihnen gearbeitet hat, kennt Ihre Arbeitsmoral und Ihr Fachwissen aus erster Hand: Fragen Sie, wer für Sie bürgt und als Referenz dient.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="43" />
      <source>They meet many people every day: tell those with useful contacts who can convey your situation accurately, and leave out the ones who only pass along gossip.</source>
      <translation>Bekannte treffen jeden Tag viele Menschen: Erzählen Sie denen von Ihrer Suche, die nützliche Kontakte haben und Ihre Lage richtig wiedergeben können, und lassen Sie die aus, die nur Tratsch weitererzählen.</translation>
    </message>
  </context>
  <context>
    <name>CirclesScene</name>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="828" />
      <source>People to meet · {count}</source>
      <translation>Kennenlernen · {count}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="836" />
      <source>Unplaced · {count}</source>
      <translation>Ohne Kreis · {count}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/ring_items.py" line="222" />
      <source>You</source>
      <translation>Sie</translation>
    </message>
  </context>
  <context>
    <name>CirclesView</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="192" />
      <source>Contacted recently</source>
      <translation>Kürzlich kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="193" />
      <source>Follow-up due</source>
      <translation>Nachfassen fällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="194" />
      <source>Follow-up overdue</source>
      <translation>Nachfassen überfällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="205" />
      <source>Introduced you to</source>
      <translation>Hat Sie vermittelt an</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="196" />
      <source>Knows you are looking</source>
      <translation>Weiß von Ihrer Suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="203" />
      <source>Leave out: passes gossip along</source>
      <translation>Auslassen: tratscht gern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="195" />
      <source>Never contacted</source>
      <translation>Nie kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="204" />
      <source>Someone you want to meet</source>
      <translation>Möchten Sie kennenlernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="202" />
      <source>Worth telling about your search</source>
      <translation>Von Ihrer Suche erzählen</translation>
    </message>
  </context>
  <context>
    <name>ContactActivityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="179" />
      <source>&amp;Log interaction…</source>
      <translation>Kontakt &amp;eintragen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="591" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="641" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation>„{text}“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="230" />
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="300" />
      <source>Agreed</source>
      <translation>Zugesagt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="295" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="296" />
      <source>Application (role at company)</source>
      <translation>Bewerbung (Stelle bei Firma)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="482" />
      <source>Asked %n time(s) in the last {days} days: give them a rest.</source>
      <translation>
        <numerusform>In den letzten {days} Tagen %n-mal gefragt: Lassen Sie die Person eine Weile in Ruhe.</numerusform>
        <numerusform>In den letzten {days} Tagen %n-mal gefragt: Lassen Sie die Person eine Weile in Ruhe.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="298" />
      <source>Asked today</source>
      <translation>Heute gefragt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="435" />
      <source>Call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="267" />
      <source>Can vouch for</source>
      <translation>Kann bürgen für</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="201" />
      <source>Clear</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="251" />
      <source>Co-worker: vouching and references</source>
      <translation>Aus der Zusammenarbeit: Fürsprache und Referenzen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="302" />
      <source>Declined</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="181" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="308" />
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="436" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="438" />
      <source>Event</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="254" />
      <source>Expertise</source>
      <translation>Fachwissen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="196" />
      <source>Follow-up day</source>
      <translation>Tag zum Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="304" />
      <source>Given today</source>
      <translation>Heute gegeben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="335" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="357" />
      <source>Heard my pitch on</source>
      <translation>Kennt meine Kurzvorstellung seit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="174" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="176" />
      <source>Interactions</source>
      <translation>Kontaktverlauf</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="220" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="223" />
      <source>Introduced by</source>
      <translation>Vermittelt von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="462" />
      <source>Introduced you to: {names}</source>
      <translation>Hat Sie vermittelt an: {names}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="437" />
      <source>Meeting</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="439" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="360" />
      <source>Might introduce me</source>
      <translation>Könnte mich vorstellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="193" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="145" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="426" />
      <source>No contact selected</source>
      <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="349" />
      <source>Nobody yet</source>
      <translation>Noch niemand</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="332" />
      <source>Pitch and introductions</source>
      <translation>Kurzvorstellung und Vermittlungen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="324" />
      <source>Reference log</source>
      <translation>Referenzverlauf</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="292" />
      <source>Reference requests</source>
      <translation>Referenzanfragen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="232" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="269" />
      <source>Same field</source>
      <translation>Gleiches Fachgebiet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="200" />
      <source>Set</source>
      <translation>Festlegen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="347" />
      <source>Someone I want to meet</source>
      <translation>Jemand, den ich kennenlernen möchte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="615" />
      <source>This introduction is already recorded.</source>
      <translation>Diese Vermittlung ist bereits eingetragen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="337" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="256" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="257" />
      <source>What else they can speak to</source>
      <translation>Wozu die Person sonst etwas sagen kann</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="198" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="199" />
      <source>What to follow up on</source>
      <translation>Worum es beim Nachfassen geht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="271" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="229" />
      <source>Who introduced them</source>
      <translation>Wer die Person vorgestellt hat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="352" />
      <source>Who might introduce me</source>
      <translation>Wer mich vorstellen könnte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="253" />
      <source>Work ethic</source>
      <translation>Arbeitsmoral</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="270" />
      <source>Worked together at</source>
      <translation>Zusammengearbeitet bei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="195" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="334" />
      <source>YYYY-MM-DD, empty: not yet</source>
      <translation>JJJJ-MM-TT, leer: noch nicht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="513" />
      <source>agreed</source>
      <translation>zugesagt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="515" />
      <source>declined</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="261" />
      <source>e.g. 2018 to 2022</source>
      <translation>z. B. 2018 bis 2022</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="511" />
      <source>given {day}</source>
      <translation>gegeben am {day}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="517" />
      <source>no answer yet</source>
      <translation>noch keine Antwort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="519" />
      <source>{day}  {application}: {answer}</source>
      <translation>{day}  {application}: {answer}</translation>
    </message>
  </context>
  <context>
    <name>ContactDetailsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="83" />
      <source>&amp;Circle</source>
      <translation>&amp;Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="120" />
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="82" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="119" />
      <source>&amp;Revert</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="118" />
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="89" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="130" />
      <source>Click a dot in the diagram or a name in the list to see and edit that person here.

Double-click empty space in a ring to add someone to that circle, or drag people from the Unplaced tray onto a ring.</source>
      <translation>Klicken Sie auf einen Punkt im Diagramm oder einen Namen in der Liste, um die Person hier zu sehen und zu bearbeiten.

Doppelklicken Sie auf eine freie Stelle in einem Ring, um jemanden zu diesem Kreis hinzuzufügen, oder ziehen Sie Personen aus der Ablage „Ohne Kreis“ auf einen Ring.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Close</source>
      <translation>Eng</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Cold</source>
      <translation>Kalt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="216" />
      <source>Contact details</source>
      <translation>Kontaktdetails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="225" />
      <source>Contact details: {name}</source>
      <translation>Kontaktdetails: {name}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="87" />
      <source>E-mails</source>
      <translation>E-Mails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="96" />
      <source>Follow-up note</source>
      <translation>Notiz zum Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="84" />
      <source>How I know them</source>
      <translation>Woher ich sie kenne</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="93" />
      <source>Knows I'm looking since</source>
      <translation>Weiß von meiner Suche seit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="94" />
      <source>Last contacted</source>
      <translation>Zuletzt kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="91" />
      <source>LinkedIn</source>
      <translation>LinkedIn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="95" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="73" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="213" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="217" />
      <source>No contact selected</source>
      <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="98" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="170" />
      <source>One per line; 'mobile: +1 555 0100' adds a label</source>
      <translation>Eine pro Zeile; „mobil: +49 30 1234567“ fügt eine Bezeichnung hinzu</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="168" />
      <source>One per line; 'work: ana@example.com' adds a label</source>
      <translation>Eine pro Zeile; „Arbeit: ana@example.com“ fügt eine Bezeichnung hinzu</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="85" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="88" />
      <source>Phones</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="86" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="92" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="184" />
      <source>Unplaced</source>
      <translation>Ohne Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Warm</source>
      <translation>Warm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="97" />
      <source>Warmth</source>
      <translation>Wärme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="90" />
      <source>Website</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="175" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="227" />
      <source>{name}, circle: {circle}</source>
      <translation>{name}, Kreis: {circle}</translation>
    </message>
  </context>
  <context>
    <name>ContactEventsList</name>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="637" />
      <source> (planned)</source>
      <translation> (geplant)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="616" />
      <source>Events with this contact</source>
      <translation>Termine mit diesem Kontakt</translation>
    </message>
  </context>
  <context>
    <name>ContactListPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="113" />
      <source>All circles</source>
      <translation>Alle Kreise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="62" />
      <source>Anyone</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="91" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="65" />
      <source>Leave out</source>
      <translation>Auslassen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="217" />
      <source>Move %n selected to</source>
      <translation>
        <numerusform>%n ausgewählte Person verschieben nach</numerusform>
        <numerusform>%n ausgewählte Personen verschieben nach</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="64" />
      <source>Not yet asked</source>
      <translation>Noch nicht geprüft</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="53" />
      <source>Search contacts</source>
      <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="51" />
      <source>Search name, organisation, e-mail, tags</source>
      <translation>Name, Organisation, E-Mail, Schlagwörter suchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="59" />
      <source>Show by reliability</source>
      <translation>Nach Verlässlichkeit zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="72" />
      <source>Show circle</source>
      <translation>Kreis zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="63" />
      <source>Tell them</source>
      <translation>Erzählen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="116" />
      <source>Unplaced</source>
      <translation>Ohne Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="60" />
      <source>Whom to tell about your search (reliability)</source>
      <translation>Wem Sie von Ihrer Suche erzählen (Verlässlichkeit)</translation>
    </message>
  </context>
  <context>
    <name>contacts</name>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="60" />
      <source>Circle</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="230" />
      <source>Circle: {circle}</source>
      <translation>Kreis: {circle}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="63" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="65" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="59" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="66" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="61" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="64" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="62" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="105" />
      <source>Unplaced</source>
      <translation>Ohne Kreis</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="110" />
      <source>An unexpected error: {error} ({kind}).</source>
      <translation>Ein unerwarteter Fehler: {error} ({kind}).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="96" />
      <source>Could not be done</source>
      <translation>Konnte nicht ausgeführt werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="90" />
      <source>Could not be undone</source>
      <translation>Konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="72" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="116" />
      <source>The details are in {path}.</source>
      <translation>Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="46" />
      <source>The disk is full: {path} could not be written.</source>
      <translation>Der Datenträger ist voll: {path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="97" />
      <source>“{what}” could not be done. Your network is as it was before; the undo history was cleared, since it no longer matches.</source>
      <translation>„{what}“ konnte nicht ausgeführt werden. Ihr Netzwerk ist wie zuvor; der Rückgängig-Verlauf wurde geleert, da er nicht mehr passt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="91" />
      <source>“{what}” could not be undone. Your network is as it was before; the undo history was cleared, since it no longer matches.</source>
      <translation>„{what}“ konnte nicht rückgängig gemacht werden. Ihr Netzwerk ist wie zuvor; der Rückgängig-Verlauf wurde geleert, da er nicht mehr passt.</translation>
    </message>
  </context>
  <context>
    <name>diagram</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="439" />
      <source>Network diagram</source>
      <translation>Netzwerkdiagramm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="274" />
      <source>People to meet</source>
      <translation>Kennenlernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="247" />
      <source>Unnamed contact</source>
      <translation>Kontakt ohne Namen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="272" />
      <source>Unplaced</source>
      <translation>Ohne Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="238" />
      <source>You, at the centre</source>
      <translation>Sie, in der Mitte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="435" />
      <source>arrow keys move between people and rings, Enter opens, the menu key shows what you can do</source>
      <translation>Pfeiltasten wechseln zwischen Personen und Ringen, Eingabe öffnet, die Menütaste zeigt, was Sie tun können</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="250" />
      <source>contacted recently</source>
      <translation>kürzlich kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="251" />
      <source>follow-up due</source>
      <translation>Nachfassen fällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="252" />
      <source>follow-up overdue</source>
      <translation>Nachfassen überfällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="257" />
      <source>knows you are looking</source>
      <translation>weiß von Ihrer Suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="262" />
      <source>leave out: passes gossip along</source>
      <translation>auslassen: tratscht gern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="253" />
      <source>never contacted</source>
      <translation>nie kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="264" />
      <source>someone you want to meet</source>
      <translation>jemand, den Sie kennenlernen möchten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="260" />
      <source>worth telling about your search</source>
      <translation>von Ihrer Suche erzählen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="276" />
      <source>{circle} ring</source>
      <translation>Ring {circle}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="267" />
      <source>{n} of {count}</source>
      <translation>{n} von {count}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="242" />
      <source>{place}, 1 person</source>
      <translation>{place}, 1 Person</translation>
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="242" />
      <source>{place}, {count} people</source>
      <translation>{place}, {count} Personen</translation>
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="134" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="125" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n Termin</numerusform>
        <numerusform>%n Termine</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="140" />
      <source>Event {when}: {title}</source>
      <translation>Termin {when}: {title}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="42" />
      <source>Follow-ups due</source>
      <translation>Fälliges Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="130" />
      <source>Nothing due today. Well done.</source>
      <translation>Heute ist nichts fällig. Gut gemacht.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="138" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>in %n Tag</numerusform>
        <numerusform>in %n Tagen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="136" />
      <source>today</source>
      <translation>heute</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="150" />
      <source>{name}: %n day(s) overdue</source>
      <translation>
        <numerusform>{name}: seit %n Tag überfällig</numerusform>
        <numerusform>{name}: seit %n Tagen überfällig</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="152" />
      <source>{name}: due today</source>
      <translation>{name}: heute fällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="121" />
      <source>{overdue} overdue, {today} due today, {events} this week</source>
      <translation>{overdue} überfällig, {today} heute fällig, {events} diese Woche</translation>
    </message>
  </context>
  <context>
    <name>ErrorText</name>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="76" />
      <source>'{value}' is not a colour like #1971c2.</source>
      <translation>„{value}“ ist keine Farbe wie #1971c2.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="47" />
      <source>'{value}' is not a date (YYYY-MM-DD).</source>
      <translation>„{value}“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="50" />
      <source>'{value}' is not a date and time.</source>
      <translation>„{value}“ ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="59" />
      <source>'{value}' is not a phone number.</source>
      <translation>„{value}“ ist keine Telefonnummer.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="81" />
      <source>'{value}' is not a repeat rule.</source>
      <translation>„{value}“ ist keine Wiederholungsregel.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="77" />
      <source>'{value}' is not a time zone (e.g. Europe/Paris).</source>
      <translation>„{value}“ ist keine Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="60" />
      <source>'{value}' is not a web address (http or https).</source>
      <translation>„{value}“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="55" />
      <source>'{value}' is not an amount.</source>
      <translation>„{value}“ ist kein Betrag.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="58" />
      <source>'{value}' is not an e-mail address.</source>
      <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="57" />
      <source>'{value}' is not one of {choices}.</source>
      <translation>„{value}“ ist keins von: {choices}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="82" />
      <source>'{value}' repeats more often than daily.</source>
      <translation>„{value}“ wiederholt sich öfter als täglich.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="64" />
      <source>A circle needs a name.</source>
      <translation>Ein Kreis braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="62" />
      <source>A contact needs a name.</source>
      <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="48" />
      <source>A date is needed.</source>
      <translation>Ein Datum ist nötig.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="69" />
      <source>A fair or a resource needs a name.</source>
      <translation>Eine Messe oder Quelle braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="68" />
      <source>A job lead needs a company.</source>
      <translation>Ein Stellenhinweis braucht eine Firma.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="54" />
      <source>A whole number from {low} to {high}.</source>
      <translation>Eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="53" />
      <source>A whole number, {low} or more.</source>
      <translation>Eine ganze Zahl, {low} oder mehr.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="94" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="131" />
      <source>Agreed</source>
      <translation>Zugesagt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="155" />
      <source>All day</source>
      <translation>Ganztägig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="56" />
      <source>An amount cannot be negative.</source>
      <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="66" />
      <source>An event needs a start.</source>
      <translation>Ein Termin braucht einen Beginn.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="65" />
      <source>An event needs a title.</source>
      <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="63" />
      <source>An organisation needs a name.</source>
      <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="129" />
      <source>Application</source>
      <translation>Bewerbung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="130" />
      <source>Asked on</source>
      <translation>Gefragt am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="163" />
      <source>Attendance</source>
      <translation>Teilnahme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="119" />
      <source>Can convey your situation</source>
      <translation>Kann Ihre Lage vermitteln</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="104" />
      <location filename="../../networkcircles/ui/error_text.py" line="166" />
      <source>Circle</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="167" />
      <source>Colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="134" />
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="161" />
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="123" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="140" />
      <source>Day of the fair</source>
      <translation>Tag der Messe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="168" />
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="143" />
      <source>Dues</source>
      <translation>Beitrag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="144" />
      <source>Dues period</source>
      <translation>Beitragszeitraum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="105" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="154" />
      <source>End</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="149" />
      <source>Events per year</source>
      <translation>Termine pro Jahr</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="150" />
      <source>Expected contacts</source>
      <translation>Erwartete Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="151" />
      <source>Expected leads</source>
      <translation>Erwartete Hinweise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="102" />
      <source>Follow-up note</source>
      <translation>Notiz zum Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="132" />
      <source>Given on</source>
      <translation>Gegeben am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="118" />
      <source>Has useful contacts</source>
      <translation>Hat nützliche Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="110" />
      <source>Heard your pitch on</source>
      <translation>Hat Ihren Pitch gehört am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="91" />
      <source>How you know them</source>
      <translation>Woher Sie die Person kennen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="162" />
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="114" />
      <source>In your field</source>
      <translation>In Ihrem Fachgebiet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="170" />
      <source>Industries</source>
      <translation>Branchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="127" />
      <source>Introduced by</source>
      <translation>Vorgestellt von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="128" />
      <source>Introduced on</source>
      <translation>Vorgestellt am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="146" />
      <source>Job board</source>
      <translation>Stellenbörse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="46" />
      <source>Keep it short: at most {max_chars} characters.</source>
      <translation>Bitte kürzer: höchstens {max_chars} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="124" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="99" />
      <source>Knows you are looking since</source>
      <translation>Weiß seit, dass Sie suchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="100" />
      <source>Last contacted</source>
      <translation>Zuletzt kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="136" />
      <source>Link</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="96" />
      <source>LinkedIn</source>
      <translation>LinkedIn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="159" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="171" />
      <source>Locations</source>
      <translation>Orte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="148" />
      <source>Member directory</source>
      <translation>Mitgliederverzeichnis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="145" />
      <source>Membership</source>
      <translation>Mitgliedschaft</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="147" />
      <source>Mentoring</source>
      <translation>Mentoring</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="90" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="101" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="70" />
      <source>Nobody introduces you to themselves.</source>
      <translation>Niemand stellt Sie sich selbst vor.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="125" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="97" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="164" />
      <source>Occurrence</source>
      <translation>Einzeltermin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="79" />
      <source>Only a repeating event has occurrences to change.</source>
      <translation>Nur ein wiederkehrender Termin hat einzelne Termine zum Ändern.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="92" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="160" />
      <source>Organiser</source>
      <translation>Veranstalter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="126" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="120" />
      <source>Passes on gossip</source>
      <translation>Trägt Klatsch weiter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="109" />
      <source>People met per day</source>
      <translation>Begegnungen pro Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="106" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="173" />
      <source>Pitch</source>
      <translation>Pitch</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="142" />
      <source>Reach</source>
      <translation>Reichweite</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="157" />
      <source>Repeat</source>
      <translation>Wiederholung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="93" />
      <source>Role</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="67" />
      <source>Say which application the reference is for.</source>
      <translation>Geben Sie an, für welche Bewerbung die Referenz ist.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="138" />
      <source>Shared by</source>
      <translation>Geteilt von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="139" />
      <source>Shared on</source>
      <translation>Geteilt am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="158" />
      <source>Skipped days</source>
      <translation>Ausgelassene Tage</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="117" />
      <source>Someone to meet</source>
      <translation>Jemand zum Kennenlernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="153" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="137" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="172" />
      <source>Strengths</source>
      <translation>Stärken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="98" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="169" />
      <source>Target roles</source>
      <translation>Zielpositionen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="51" />
      <source>The answer is yes or no.</source>
      <translation>Die Antwort ist Ja oder Nein.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="52" />
      <source>The answer is yes, no or not known.</source>
      <translation>Die Antwort ist Ja, Nein oder unbekannt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="78" />
      <source>The event ends before it starts.</source>
      <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="80" />
      <source>The occurrence named is not the one changed.</source>
      <translation>Der genannte Einzeltermin ist nicht der geänderte.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="281" />
      <source>The system keyring cannot be used ({detail}). Set the environment variable {variable} to the password of {user} at {url} instead.</source>
      <translation>Der Schlüsselbund des Systems ist nicht nutzbar ({detail}). Setzen Sie stattdessen die Umgebungsvariable {variable} auf das Passwort von {user} bei {url}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="291" />
      <source>The system keyring cannot keep the password ({detail}). Set the environment variable {variable} before starting networkcircles instead.</source>
      <translation>Der Schlüsselbund des Systems kann das Passwort nicht aufbewahren ({detail}). Setzen Sie stattdessen die Umgebungsvariable {variable}, bevor Sie networkcircles starten.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="121" />
      <source>Their useful contacts</source>
      <translation>Ihre nützlichen Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="342" />
      <source>There is no circle '{key}'.</source>
      <translation>Es gibt keinen Kreis „{key}“.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="73" />
      <source>There is no circle '{value}'.</source>
      <translation>Es gibt keinen Kreis „{value}“.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="286" />
      <source>There is no password for {user} at {url} in the system keyring. Type it in File ▸ Sync Accounts, or set the environment variable {variable}.</source>
      <translation>Im Schlüsselbund des Systems ist kein Passwort für {user} bei {url}. Geben Sie es unter Datei ▸ Synchronisationskonten ein oder setzen Sie die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="61" />
      <source>There is no such field.</source>
      <translation>Dieses Feld gibt es nicht.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="72" />
      <location filename="../../networkcircles/ui/error_text.py" line="338" />
      <source>This contact is no longer in the network.</source>
      <translation>Dieser Kontakt ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="336" />
      <source>This event is no longer in the network.</source>
      <translation>Dieser Termin ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="71" />
      <source>This introduction is already recorded.</source>
      <translation>Diese Vorstellung ist schon erfasst.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="344" />
      <source>This is no longer in the network.</source>
      <translation>Das ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="49" />
      <source>This is not a date.</source>
      <translation>Das ist kein Datum.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="75" />
      <source>This is not an answer to the reliability questions.</source>
      <translation>Das ist keine Antwort auf die Fragen zur Verlässlichkeit.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="74" />
      <location filename="../../networkcircles/ui/error_text.py" line="340" />
      <source>This organisation is no longer in the network.</source>
      <translation>Diese Organisation ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="156" />
      <source>Time zone</source>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="135" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="113" />
      <source>Vouches for your expertise</source>
      <translation>Bürgt für Ihr Fachwissen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="112" />
      <source>Vouches for your work ethic</source>
      <translation>Bürgt für Ihre Arbeitsmoral</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="103" />
      <source>Warmth</source>
      <translation>Wärme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="95" />
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="111" />
      <source>What they can vouch for</source>
      <translation>Wofür die Person bürgen kann</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="108" />
      <source>Who could introduce you</source>
      <translation>Wer Sie vorstellen könnte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="116" />
      <source>Worked together when</source>
      <translation>Wann Sie zusammengearbeitet haben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="115" />
      <source>Worked together where</source>
      <translation>Wo Sie zusammengearbeitet haben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="238" />
      <source>another program</source>
      <translation>ein anderes Programm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="215" />
      <source>another program is writing to it; try again in a moment</source>
      <translation>Ein anderes Programm schreibt gerade hinein; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="226" />
      <source>device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="224" />
      <source>folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="199" />
      <source>it belongs to another user, so it can only be read</source>
      <translation>Sie gehört einem anderen Benutzer und kann daher nur gelesen werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="210" />
      <source>it cannot be created ({detail})</source>
      <translation>Sie kann nicht angelegt werden ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="191" />
      <source>it cannot be read ({detail})</source>
      <translation>Sie kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="185" />
      <source>it is a database of another program</source>
      <translation>Sie ist eine Datenbank eines anderen Programms</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="182" />
      <source>it is not a networkcircles network (not an SQLite database)</source>
      <translation>Es ist kein networkcircles-Netzwerk (keine SQLite-Datenbank)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="190" />
      <source>it is not a regular file but a {what}</source>
      <translation>Es ist keine gewöhnliche Datei, sondern: {what}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="202" />
      <source>it is open in another window ({holder}); try again when it is closed</source>
      <translation>Sie ist in einem anderen Fenster geöffnet ({holder}); versuchen Sie es erneut, wenn es geschlossen ist</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="214" />
      <source>it is open read-only, so nothing can be changed</source>
      <translation>Sie ist schreibgeschützt geöffnet, daher kann nichts geändert werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="212" />
      <source>it must be upgraded first, which cannot be done read-only</source>
      <translation>Sie muss erst aktualisiert werden, was schreibgeschützt nicht geht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="193" />
      <source>it was written by a newer version of networkcircles (schema {found}; this version reads up to {supported}); it is left as it is</source>
      <translation>Eine neuere Version von networkcircles hat sie geschrieben (Schema {found}; diese Version liest bis {supported}); sie bleibt, wie sie ist</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="201" />
      <source>its disk is full, so it can only be read</source>
      <translation>Ihr Datenträger ist voll, daher kann sie nur gelesen werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="208" />
      <source>its folder cannot be made ({detail})</source>
      <translation>Ihr Ordner kann nicht angelegt werden ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="200" />
      <source>its folder or disk is read-only, so it can only be read</source>
      <translation>Ihr Ordner oder Datenträger ist schreibgeschützt, daher kann sie nur gelesen werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="209" />
      <source>its lock file cannot be made ({detail})</source>
      <translation>Ihre Sperrdatei kann nicht angelegt werden ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="240" />
      <source>pid {pid}</source>
      <translation>Prozess {pid}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="241" />
      <source>pid {pid} on {host}</source>
      <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="225" />
      <source>pipe</source>
      <translation>Pipe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="227" />
      <source>socket</source>
      <translation>Socket</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="228" />
      <source>special file</source>
      <translation>Spezialdatei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="192" />
      <source>the backup is empty</source>
      <translation>Die Sicherung ist leer</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="205" />
      <source>the command-line command “{role}” ({holder}) has it open; try again when it is done</source>
      <translation>Der Kommandozeilenbefehl „{role}“ ({holder}) hat sie geöffnet; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="217" />
      <source>the database failed ({detail})</source>
      <translation>Die Datenbank hat versagt ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="216" />
      <source>the disk could not be read or written (I/O error); nothing was changed</source>
      <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden (E/A-Fehler); nichts wurde geändert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="213" />
      <source>the disk is full; nothing was changed</source>
      <translation>Der Datenträger ist voll; nichts wurde geändert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="183" />
      <source>the file is damaged (cut off inside its header)</source>
      <translation>Die Datei ist beschädigt (in ihrem Kopf abgeschnitten)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="187" />
      <source>the file is damaged (it has no schema version)</source>
      <translation>Die Datei ist beschädigt (sie hat keine Schemaversion)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="184" />
      <source>the file is damaged (it is cut off)</source>
      <translation>Die Datei ist beschädigt (sie ist abgeschnitten)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="188" />
      <source>the file is damaged (it says schema version {found})</source>
      <translation>Die Datei ist beschädigt (sie nennt Schemaversion {found})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="189" />
      <source>the file is damaged (table {tables} is missing)</source>
      <translation>Die Datei ist beschädigt (Tabelle {tables} fehlt)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="186" />
      <source>the file is damaged ({detail})</source>
      <translation>Die Datei ist beschädigt ({detail})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="198" />
      <source>the file is write-protected, so it can only be read</source>
      <translation>Die Datei ist schreibgeschützt und kann daher nur gelesen werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="211" />
      <source>there is no network in it yet, so it cannot be opened read-only</source>
      <translation>Sie enthält noch kein Netzwerk und kann daher nicht schreibgeschützt geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="197" />
      <source>there is no network there</source>
      <translation>Dort ist kein Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="332" />
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="273" />
      <source>{path} cannot be opened: {reason}</source>
      <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="268" />
      <source>{path}: {reason}</source>
      <translation>{path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="357" />
      <source>{url}: cannot reach the server.</source>
      <translation>{url}: Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="365" />
      <source>{url}: no address book or calendar was found here.</source>
      <translation>{url}: Hier wurde kein Adressbuch und kein Kalender gefunden.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="361" />
      <source>{url}: the server answered {method} with status {status}.</source>
      <translation>{url}: Der Server hat {method} mit Status {status} beantwortet.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="359" />
      <source>{url}: the server refused this user name and password.</source>
      <translation>{url}: Der Server hat diesen Benutzernamen und dieses Passwort abgelehnt.</translation>
    </message>
  </context>
  <context>
    <name>EventCalendarPanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="489" />
      <source>%n changed or cancelled occurrence(s)</source>
      <translation>
        <numerusform>%n geänderter oder abgesagter Einzeltermin</numerusform>
        <numerusform>%n geänderte oder abgesagte Einzeltermine</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="491" />
      <source>%n record(s) of whom you met or plan to meet</source>
      <translation>
        <numerusform>%n Eintrag, wen Sie getroffen haben oder treffen wollen</numerusform>
        <numerusform>%n Einträge, wen Sie getroffen haben oder treffen wollen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="113" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="112" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="111" />
      <source>&amp;New…</source>
      <translation>&amp;Neu…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="141" />
      <source>&amp;Plan to meet…</source>
      <translation>&amp;Kennenlernen planen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="142" />
      <source>&amp;Unlink</source>
      <translation>&amp;Verknüpfung lösen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="140" />
      <source>&amp;Who I met…</source>
      <translation>&amp;Wen ich getroffen habe…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="107" />
      <source>Agenda</source>
      <translation>Terminübersicht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="143" />
      <source>At the &amp;event…</source>
      <translation>Beim &amp;Termin…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="538" />
      <source>Cancel one occurrence</source>
      <translation>Einen Termin absagen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="496" />
      <source>Change the series</source>
      <translation>Serie ändern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="265" />
      <source>Changed from the series</source>
      <translation>Abweichend von der Serie</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="340" />
      <source>Cost: {cost}</source>
      <translation>Kosten: {cost}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="130" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="323" />
      <source>Event</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="100" />
      <source>Event calendar</source>
      <translation>Terminkalender</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="463" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="521" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="603" />
      <source>Event not saved</source>
      <translation>Termin nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="286" />
      <source>No events</source>
      <translation>Keine Termine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="338" />
      <source>Organised by {name}</source>
      <translation>Veranstaltet von {name}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="324" />
      <source>Pick an event in the agenda or the list below.</source>
      <translation>Wählen Sie einen Termin in der Übersicht oder in der Liste darunter.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="138" />
      <source>Plan for the event</source>
      <translation>Plan für den Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="153" />
      <source>Plan: people and organisations</source>
      <translation>Plan: Personen und Organisationen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="343" />
      <source>Repeats {rule}</source>
      <translation>Wiederholung: {rule}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="493" />
      <source>The new schedule no longer has the occurrences of {parts}. They will be removed.

You can undo this with Edit ▸ Undo.</source>
      <translation>Der neue Zeitplan enthält die Einzeltermine von {parts} nicht mehr. Sie werden entfernt.

Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="463" />
      <source>This event is no longer in the network.</source>
      <translation>Dieser Termin ist nicht mehr im Netzwerk.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="380" />
      <source>This occurrence: {day}</source>
      <translation>Dieser Termin: {day}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="376" />
      <source>This occurrence: {day}, moved from {usual}</source>
      <translation>Dieser Termin: {day}, verschoben vom {usual}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="144" />
      <source>Type in the new people you meet, quickly</source>
      <translation>Neue Bekanntschaften schnell eintippen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="165" />
      <source>Upcoming (next 30 days)</source>
      <translation>Demnächst (nächste 30 Tage)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="167" />
      <source>Upcoming events</source>
      <translation>Anstehende Termine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="135" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="151" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="552" />
      <source>Who I met</source>
      <translation>Wen ich getroffen habe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="552" />
      <source>Whom I plan to meet</source>
      <translation>Wen ich treffen möchte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="234" />
      <source>all day</source>
      <translation>ganztägig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="356" />
      <source>{name} (organisation)</source>
      <translation>{name} (Organisation)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="352" />
      <source>{name} (to meet)</source>
      <translation>{name} (kennenlernen)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="240" />
      <source>{start} to {end}</source>
      <translation>{start} bis {end}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="584" />
      <source>{title}, {day}</source>
      <translation>{title}, {day}</translation>
    </message>
  </context>
  <context>
    <name>EventCaptureDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="64" />
      <source>&amp;Add</source>
      <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="102" />
      <source>&amp;Finish</source>
      <translation>&amp;Fertig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="90" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="60" />
      <source>0 Unplaced</source>
      <translation>0 Ohne Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="48" />
      <source>At the event: {title}</source>
      <translation>Beim Termin: {title}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="74" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Circle</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="63" />
      <source>Circle (press 0 to 5)</source>
      <translation>Kreis (Taste 0 bis 5)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="96" />
      <source>Enter adds the person. Circle: press 1 to 5 (0 for unplaced). Finish links everyone to the event and places them in their rings.</source>
      <translation>Eingabe fügt die Person hinzu. Kreis: Taste 1 bis 5 (0 für ohne Kreis). „Fertig“ verknüpft alle mit dem Termin und setzt sie in ihre Ringe.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="54" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="71" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="73" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="58" />
      <source>One line to remember them by</source>
      <translation>Eine Zeile, um sich an die Person zu erinnern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="56" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="72" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
  </context>
  <context>
    <name>EventEditorDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="251" />
      <source>&amp;Cost:</source>
      <translation>&amp;Kosten:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="245" />
      <source>&amp;Ends:</source>
      <translation>&amp;Ende:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="242" />
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="249" />
      <source>&amp;Location or link:</source>
      <translation>&amp;Ort oder Link:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="253" />
      <source>&amp;Notes:</source>
      <translation>&amp;Notizen:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="250" />
      <source>&amp;Organiser:</source>
      <translation>&amp;Veranstalter:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="247" />
      <source>&amp;Repeats:</source>
      <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="244" />
      <source>&amp;Starts:</source>
      <translation>&amp;Beginn:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="241" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="349" />
      <source>'{rule}' is not a repeat rule.</source>
      <translation>„{rule}“ ist keine Wiederholungsregel.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="342" />
      <source>'{zone}' is not a time zone (e.g. Europe/Paris).</source>
      <translation>„{zone}“ ist keine Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="221" />
      <source>(none)</source>
      <translation>(keine)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="219" />
      <source>Address or meeting link</source>
      <translation>Adresse oder Link zum Online-Treffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="177" />
      <source>All day</source>
      <translation>Ganztägig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="339" />
      <source>An event needs a title.</source>
      <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="47" />
      <source>Association meeting</source>
      <translation>Verbandstreffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="56" />
      <source>Attended</source>
      <translation>Teilgenommen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="45" />
      <source>Career fair</source>
      <translation>Jobmesse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="194" />
      <source>Choose, or type an iCalendar RRULE such as FREQ=WEEKLY</source>
      <translation>Auswählen oder eine iCalendar-RRULE eingeben, etwa FREQ=WEEKLY</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="196" />
      <source>Does not repeat</source>
      <translation>Keine Wiederholung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="152" />
      <source>Edit event</source>
      <translation>Termin bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="150" />
      <source>Edit one occurrence</source>
      <translation>Einen Termin der Serie bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="197" />
      <source>Every day</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="200" />
      <source>Every month</source>
      <translation>Monatlich</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="199" />
      <source>Every two weeks</source>
      <translation>Alle zwei Wochen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="198" />
      <source>Every week</source>
      <translation>Wöchentlich</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="46" />
      <source>Job club</source>
      <translation>Jobclub</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="44" />
      <source>Networking event</source>
      <translation>Netzwerktreffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="152" />
      <source>New event</source>
      <translation>Neuer Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="49" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="55" />
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="57" />
      <source>Skipped</source>
      <translation>Ausgelassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="252" />
      <source>Stat&amp;us:</source>
      <translation>Stat&amp;us:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="345" />
      <source>The event ends before it starts.</source>
      <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="246" />
      <source>Time &amp;zone:</source>
      <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="48" />
      <source>Webinar</source>
      <translation>Webinar</translation>
    </message>
  </context>
  <context>
    <name>ExportContactsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="66" />
      <source>&amp;Contacts</source>
      <translation>&amp;Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="65" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="55" />
      <source>All contacts</source>
      <translation>Alle Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="34" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="32" />
      <source>CSV in Google Contacts' layout</source>
      <translation>CSV im Aufbau von Google Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="50" />
      <source>Export contacts</source>
      <translation>Kontakte exportieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="27" />
      <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
      <translation>vCard 3.0 (Apple, Google, Thunderbird)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="29" />
      <source>vCard files (*.vcf)</source>
      <translation>vCard-Dateien (*.vcf)</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="193" />
      <source>%1 new, %2 to merge with people you already have, %3 with nothing new, %4 rejected.</source>
      <translation>%1 neu, %2 mit vorhandenen Kontakten zusammenzuführen, %3 ohne Neues, %4 abgelehnt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="204" />
      <source>%n event(s) to add, %1 already in your calendar.</source>
      <translation>
        <numerusform>%n Termin hinzuzufügen, %1 schon in Ihrem Kalender.</numerusform>
        <numerusform>%n Termine hinzuzufügen, %1 schon in Ihrem Kalender.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="213" />
      <source>%n warning(s): what was skipped or replaced; the rest imports</source>
      <translation>
        <numerusform>%n Warnung: was ausgelassen oder ersetzt wurde; der Rest wird importiert</numerusform>
        <numerusform>%n Warnungen: was ausgelassen oder ersetzt wurde; der Rest wird importiert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="106" />
      <source>Events</source>
      <translation>Termine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="102" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="134" />
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="91" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="180" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="279" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="298" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="313" />
      <source>Import</source>
      <translation>Importieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Imported, but</source>
      <translation>Importiert, aber</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="280" />
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Line</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="104" />
      <source>Merged</source>
      <translation>Zusammengeführt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="103" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="105" />
      <source>Nothing new</source>
      <translation>Nichts Neues</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="173" />
      <source>Put new contacts in:</source>
      <translation>Neue Kontakte einordnen in:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="299" />
      <source>Reading files…</source>
      <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="314" />
      <source>Reading the files stopped unexpectedly (its process ended with code %1). Nothing was imported.</source>
      <translation>Das Lesen der Dateien wurde unerwartet abgebrochen (sein Prozess endete mit Code %1). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="107" />
      <source>Rejected</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="140" />
      <source>Rows that will not be imported</source>
      <translation>Zeilen, die nicht importiert werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="170" />
      <source>Unplaced (sort them afterwards)</source>
      <translation>Ohne Kreis (danach einordnen)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="75" />
      <source>a damaged value networkcircles does not keep was skipped</source>
      <translation>ein beschädigter Wert, den networkcircles nicht speichert, wurde übersprungen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="74" />
      <source>a value too big to read was skipped</source>
      <translation>ein zu großer Wert wurde übersprungen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="77" />
      <source>an Exchange (X.500) address is not an e-mail address: another address of the person is used, or none</source>
      <translation>eine Exchange-Adresse (X.500) ist keine E-Mail-Adresse: eine andere Adresse der Person wird verwendet, oder keine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="76" />
      <source>an event repeating more often than daily is imported once</source>
      <translation>ein Termin, der sich öfter als täglich wiederholt, wird einmal importiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="73" />
      <source>damaged text: characters that could not be read show as �</source>
      <translation>beschädigter Text: unlesbare Zeichen erscheinen als �</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="58" />
      <source>line %1</source>
      <translation>Zeile %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="58" />
      <source>record %1</source>
      <translation>Eintrag %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="54" />
      <source>the file cannot be read</source>
      <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="47" />
      <source>the file holds binary data, not contacts</source>
      <translation>die Datei enthält Binärdaten, keine Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="48" />
      <source>the file is cut off</source>
      <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="56" />
      <source>the file is damaged</source>
      <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="46" />
      <source>the file is empty</source>
      <translation>die Datei ist leer</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="49" />
      <source>the file is not what its name says</source>
      <translation>die Datei ist nicht das, was ihr Name sagt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="50" />
      <source>the header has no name column</source>
      <translation>die Kopfzeile hat keine Namensspalte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="51" />
      <source>this kind of file cannot be imported (use .vcf or .csv for contacts, .ics for events)</source>
      <translation>diese Art Datei kann nicht importiert werden (.vcf oder .csv für Kontakte, .ics für Termine)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="131" />
      <source>whole file: %1</source>
      <translation>ganze Datei: %1</translation>
    </message>
  </context>
  <context>
    <name>LeadsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="82" />
      <source>&amp;Add…</source>
      <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="84" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="83" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="47" />
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="55" />
      <source>Any status</source>
      <translation>Jeder Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="223" />
      <source>Came through: {chain}</source>
      <translation>Kam über: {chain}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="49" />
      <source>Career fairs</source>
      <translation>Jobmessen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="48" />
      <source>Companies hiring</source>
      <translation>Firmen, die einstellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="182" />
      <source>Double-click to open {name}</source>
      <translation>Doppelklicken, um {name} zu öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Fair</source>
      <translation>Messe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Hiring</source>
      <translation>Stelle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="65" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="78" />
      <source>Leads and tips</source>
      <translation>Hinweise und Tipps</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="215" />
      <source>Nobody is recorded as the source of this tip.</source>
      <translation>Für diesen Tipp ist niemand als Quelle eingetragen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="56" />
      <source>Open (not closed)</source>
      <translation>Offen (nicht erledigt)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="68" />
      <source>Shared by</source>
      <translation>Erhalten von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="222" />
      <source>Shared by {person}.</source>
      <translation>Erhalten von {person}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="69" />
      <source>Shared on</source>
      <translation>Erhalten am</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="45" />
      <source>Show kind</source>
      <translation>Art zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="54" />
      <source>Show status</source>
      <translation>Status zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="85" />
      <source>Show who shared it</source>
      <translation>Zeigen, von wem er stammt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="67" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Tool</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="50" />
      <source>Tools and websites</source>
      <translation>Hilfsmittel und Webseiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="66" />
      <source>What</source>
      <translation>Was</translation>
    </message>
  </context>
  <context>
    <name>LogInteractionDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="73" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="100" />
      <source>&amp;Follow-up</source>
      <translation>Nach&amp;fassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="74" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="75" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="76" />
      <source>&amp;Outcome</source>
      <translation>&amp;Ergebnis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="59" />
      <source>Call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="83" />
      <source>Done: clear it</source>
      <translation>Erledigt: entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="60" />
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="62" />
      <source>Event</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="91" />
      <source>Follow-up due {day}</source>
      <translation>Nachfassen fällig am {day}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="85" />
      <source>Keep it</source>
      <translation>Beibehalten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="52" />
      <source>Log interaction with {name}</source>
      <translation>Kontakt mit {name} eintragen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="61" />
      <source>Meeting</source>
      <translation>Treffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="63" />
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="84" />
      <source>Move it to</source>
      <translation>Verschieben auf</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="71" />
      <source>e.g. will introduce me to their manager</source>
      <translation>z. B. vermittelt mich weiter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="93" />
      <source>{about}: {note}</source>
      <translation>{about}: {note}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="410" />
      <source> (read-only)</source>
      <translation> (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/docks.py" line="451" />
      <source>%n follow-ups and events need you: see the Due list</source>
      <translation>
        <numerusform>%n Nachfass-Aufgabe oder Termin wartet auf Sie: siehe Liste „Fällig“</numerusform>
        <numerusform>%n Nachfass-Aufgaben und Termine warten auf Sie: siehe Liste „Fällig“</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="244" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="233" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="268" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="667" />
      <source>&amp;Move to</source>
      <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="262" />
      <source>&amp;Reset Layout</source>
      <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="252" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="157" />
      <source>Activity</source>
      <translation>Aktivität</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="163" />
      <source>Associations</source>
      <translation>Verbände</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="536" />
      <source>Cannot open the demo network</source>
      <translation>Das Beispielnetzwerk kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="123" />
      <source>Contact details</source>
      <translation>Kontaktdetails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="613" />
      <source>Contact not saved</source>
      <translation>Kontakt nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="120" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="160" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="162" />
      <source>Event calendar</source>
      <translation>Terminkalender</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="642" />
      <source>Flag as gossip</source>
      <translation>Als Tratsch markieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="161" />
      <source>Leads and tips</source>
      <translation>Hinweise und Tipps</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="424" />
      <source>Loading</source>
      <translation>Laden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="272" />
      <source>Main toolbar</source>
      <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="158" />
      <source>Met at events</source>
      <translation>Bei Terminen getroffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="164" />
      <source>Mix it up</source>
      <translation>Gut gemischt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="112" />
      <source>Network diagram</source>
      <translation>Netzwerkdiagramm</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="448" />
      <source>One follow-up or event needs you: see the Due list</source>
      <translation>Eine Nachfass-Aufgabe oder ein Termin wartet auf Sie: siehe Liste „Fällig“</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="235" />
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="269" />
      <source>Open the &amp;Demo Network</source>
      <translation>&amp;Beispielnetzwerk öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="179" />
      <source>Put back a copy of this network made earlier</source>
      <translation>Eine früher angelegte Kopie dieses Netzwerks zurückholen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="425" />
      <source>Reading the network…</source>
      <translation>Netzwerk wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="159" />
      <source>Reliability</source>
      <translation>Verlässlichkeit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="178" />
      <source>Restore from &amp;Backup…</source>
      <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="126" />
      <source>Sort unplaced people</source>
      <translation>Unsortierte Personen einordnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="642" />
      <source>Unflag gossip</source>
      <translation>Tratsch-Markierung entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="560" />
      <source>the unplaced tray</source>
      <translation>die Ablage „Ohne Kreis“</translation>
    </message>
  </context>
  <context>
    <name>NetworkFiles</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="175" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n Termin</numerusform>
        <numerusform>%n Termine</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="152" />
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="151" />
      <source>Calendars (%1)</source>
      <translation>Kalender (%1)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="89" />
      <source>Cannot open network</source>
      <translation>Netzwerk kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="150" />
      <source>Contacts (%1)</source>
      <translation>Kontakte (%1)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="147" />
      <source>Contacts and calendars (%1)</source>
      <translation>Kontakte und Kalender (%1)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="280" />
      <location filename="../../networkcircles/ui/file_controller.py" line="290" />
      <source>Export calendar</source>
      <translation>Kalender exportieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="225" />
      <source>Export contacts</source>
      <translation>Kontakte exportieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="245" />
      <location filename="../../networkcircles/ui/file_controller.py" line="256" />
      <location filename="../../networkcircles/ui/file_controller.py" line="298" />
      <source>Export failed</source>
      <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="269" />
      <source>Exported %n contact(s) to {path}</source>
      <translation>
        <numerusform>%n Kontakt nach {path} exportiert</numerusform>
        <numerusform>%n Kontakte nach {path} exportiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="308" />
      <source>Exported %n event(s) to {path}</source>
      <translation>
        <numerusform>%n Termin nach {path} exportiert</numerusform>
        <numerusform>%n Termine nach {path} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="226" />
      <source>Exporting contacts…</source>
      <translation>Kontakte werden exportiert…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="291" />
      <source>Exporting events…</source>
      <translation>Termine werden exportiert…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="143" />
      <source>Import contacts or events</source>
      <translation>Kontakte oder Termine importieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="171" />
      <source>Imported: {added} added, {merged} merged, {events}</source>
      <translation>Importiert: {added} neu, {merged} zusammengeführt, {events}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="115" />
      <source>New network</source>
      <translation>Neues Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="213" />
      <source>Not imported</source>
      <translation>Nicht importiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="259" />
      <source>Writing {path} stopped unexpectedly (its process ended with code {code}). Nothing was written.</source>
      <translation>Das Schreiben von {path} wurde unerwartet abgebrochen (sein Prozess endete mit Code {code}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="193" />
      <source>a device</source>
      <translation>ein Gerät</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="191" />
      <source>a folder</source>
      <translation>ein Ordner</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="192" />
      <source>a pipe</source>
      <translation>eine Pipe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="194" />
      <source>a socket</source>
      <translation>ein Socket</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="202" />
      <source>a special file</source>
      <translation>eine Spezialdatei</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="282" />
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="117" />
      <source>{path} already exists. Use File ▸ Open to open it.</source>
      <translation>{path} gibt es bereits. Öffnen Sie die Datei mit Datei ▸ Netzwerk öffnen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="91" />
      <source>{path} cannot be opened: {reason}</source>
      <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="247" />
      <location filename="../../networkcircles/ui/file_controller.py" line="300" />
      <source>{path} could not be written: {reason}</source>
      <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="208" />
      <source>{path}: it cannot be read ({reason})</source>
      <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="204" />
      <source>{path}: it is {kind}, not a regular file</source>
      <translation>{path}: ist {kind}, keine normale Datei</translation>
    </message>
  </context>
  <context>
    <name>OutreachChart</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="37" />
      <source>Outreach per circle per week</source>
      <translation>Kontaktaufnahmen je Kreis und Woche</translation>
    </message>
  </context>
  <context>
    <name>PanelDocks</name>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="68" />
      <source>All your contacts and their circles; search or filter by circle</source>
      <translation>Alle Ihre Kontakte und ihre Kreise; suchen oder nach Kreis filtern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="77" />
      <source>Associations compared by cost and return</source>
      <translation>Verbände nach Kosten und Nutzen verglichen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="72" />
      <source>Events where you met the selected contact</source>
      <translation>Termine, bei denen Sie den ausgewählten Kontakt getroffen haben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="74" />
      <source>Follow-ups and events that are due, the most urgent first</source>
      <translation>Fällige Nachfass-Aufgaben und Termine, die dringendsten zuerst</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="70" />
      <source>Give each unplaced person a circle, one by one</source>
      <translation>Jeder Person ohne Kreis nacheinander einen Kreis geben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="78" />
      <source>How recently each circle heard from you: the ones you neglect</source>
      <translation>Wann jeder Kreis zuletzt von Ihnen gehört hat: die vernachlässigten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="75" />
      <source>Job leads and tips, and who shared them</source>
      <translation>Stellenhinweise und Tipps, und von wem sie stammen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="76" />
      <source>Networking events, career fairs, meetings and job clubs</source>
      <translation>Netzwerkveranstaltungen, Jobmessen, Treffen und Jobclubs</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="69" />
      <source>The selected contact's details, to read and edit</source>
      <translation>Die Angaben zum ausgewählten Kontakt, zum Lesen und Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="71" />
      <source>The selected contact's interactions, follow-up and introductions</source>
      <translation>Kontaktverlauf, Nachfassen und Vermittlungen des ausgewählten Kontakts</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="73" />
      <source>Whether the selected acquaintance should hear about your search</source>
      <translation>Ob der ausgewählte Bekannte von Ihrer Suche erfahren sollte</translation>
    </message>
  </context>
  <context>
    <name>panels</name>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="24" />
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="22" />
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="23" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
  </context>
  <context>
    <name>PitchDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="45" />
      <source>&amp;Industries</source>
      <translation>&amp;Branchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="46" />
      <source>&amp;Locations</source>
      <translation>&amp;Orte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="47" />
      <source>&amp;Strengths</source>
      <translation>&amp;Stärken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="48" />
      <source>&amp;What to tell people</source>
      <translation>&amp;Was Sie anderen erzählen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="106" />
      <source>Keep it short: at most {most} characters.</source>
      <translation>Fassen Sie sich kurz: höchstens {most} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="44" />
      <source>Target &amp;roles</source>
      <translation>&amp;Gesuchte Stellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="37" />
      <source>What you are looking for, and the few sentences an acquaintance can repeat to the people they meet.</source>
      <translation>Was Sie suchen, und die wenigen Sätze, die Bekannte an die Menschen weitergeben können, denen sie begegnen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="30" />
      <source>Your pitch</source>
      <translation>Ihre Kurzvorstellung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="84" />
      <source>{used} of {most} characters</source>
      <translation>{used} von {most} Zeichen</translation>
    </message>
  </context>
  <context>
    <name>PrintSummary</name>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="363" />
      <source>%1 (continued)</source>
      <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="630" />
      <source>%1 · for sharing</source>
      <translation>%1 · zum Weitergeben</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="417" />
      <source>%n contacts are not yet placed in a circle.</source>
      <translation>
        <numerusform>%n Kontakt ist noch keinem Kreis zugeordnet.</numerusform>
        <numerusform>%n Kontakte sind noch keinem Kreis zugeordnet.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="227" />
      <source>%n days ago</source>
      <translation>
        <numerusform>vor %n Tag</numerusform>
        <numerusform>vor %n Tagen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="288" />
      <source>%n of them are left out: listed apart at the end, not among the people to tell.</source>
      <translation>
        <numerusform>%n davon wird ausgelassen: am Ende gesondert aufgeführt, nicht bei den Personen, denen Sie es erzählen.</numerusform>
        <numerusform>%n davon werden ausgelassen: am Ende gesondert aufgeführt, nicht bei den Personen, denen Sie es erzählen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/render.py" line="726" />
      <location filename="../../networkcircles/printing/summary.py" line="282" />
      <source>%n people</source>
      <translation>
        <numerusform>%n Person</numerusform>
        <numerusform>%n Personen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="452" />
      <source>(%1 in %2)</source>
      <translation>(%1 in %2)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="235" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>(overdue)</source>
      <translation>(überfällig)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="415" />
      <source>1 contact is not yet placed in a circle.</source>
      <translation>1 Kontakt ist noch keinem Kreis zugeordnet.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="287" />
      <source>1 of them is left out: listed apart at the end, not among the people to tell.</source>
      <translation>1 davon wird ausgelassen: am Ende gesondert aufgeführt, nicht bei den Personen, denen Sie es erzählen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="726" />
      <location filename="../../networkcircles/printing/summary.py" line="282" />
      <source>1 person</source>
      <translation>1 Person</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="378" />
      <source>Circle</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="529" />
      <source>Company or title</source>
      <translation>Firma oder Titel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="381" />
      <source>Contacted in the last 30 days</source>
      <translation>In den letzten 30 Tagen kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/output.py" line="95" />
      <source>Could not start printing (the printer or file refused).</source>
      <translation>Der Druck konnte nicht beginnen (Drucker oder Datei haben abgelehnt).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="432" />
      <source>Cut along the dashed line and keep it with you.</source>
      <translation>An der gestrichelten Linie ausschneiden und bei sich tragen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="476" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="478" />
      <source>Event</source>
      <translation>Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="533" />
      <source>Heard from</source>
      <translation>Erhalten von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="206" />
      <location filename="../../networkcircles/printing/summary.py" line="312" />
      <source>How you know them</source>
      <translation>Woher Sie sie kennen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="559" />
      <source>Industries</source>
      <translation>Branchen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="199" />
      <location filename="../../networkcircles/printing/summary.py" line="302" />
      <source>Initials</source>
      <translation>Initialen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="530" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="380" />
      <source>Know I'm looking</source>
      <translation>Wissen von meiner Suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="202" />
      <location filename="../../networkcircles/printing/summary.py" line="211" />
      <source>Knows I'm looking</source>
      <translation>Weiß von meiner Suche</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="200" />
      <location filename="../../networkcircles/printing/summary.py" line="209" />
      <location filename="../../networkcircles/printing/summary.py" line="303" />
      <location filename="../../networkcircles/printing/summary.py" line="314" />
      <source>Last contacted</source>
      <translation>Zuletzt kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="383" />
      <source>Last outreach</source>
      <translation>Letzte Kontaktaufnahme</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="363" />
      <source>Left out: they pass along gossip, cannot convey your situation, or have no useful contacts</source>
      <translation>Ausgelassen: erzählen Tratsch weiter, können Ihre Lage nicht richtig wiedergeben oder haben keine nützlichen Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="479" />
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="558" />
      <source>Looking for</source>
      <translation>Gesucht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="205" />
      <location filename="../../networkcircles/printing/summary.py" line="311" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="210" />
      <source>Next follow-up</source>
      <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="201" />
      <source>Next step</source>
      <translation>Nächster Schritt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="361" />
      <source>No one in this circle yet.</source>
      <translation>Noch niemand in diesem Kreis.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="262" />
      <source>Nothing to print.</source>
      <translation>Nichts zu drucken.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="549" />
      <source>Open leads and tips</source>
      <translation>Offene Hinweise und Tipps</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="207" />
      <location filename="../../networkcircles/printing/summary.py" line="313" />
      <source>Organisation and role</source>
      <translation>Organisation und Rolle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="382" />
      <source>Overdue follow-ups</source>
      <translation>Überfälliges Nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="644" />
      <source>Page %1 of %2</source>
      <translation>Seite %1 von %2</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="379" />
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="208" />
      <source>Phone and e-mail</source>
      <translation>Telefon und E-Mail</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="430" />
      <source>Pocket card</source>
      <translation>Taschenkarte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="643" />
      <source>Printed on %1</source>
      <translation>Gedruckt am %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="531" />
      <source>Role or details</source>
      <translation>Stelle oder Einzelheiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="532" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="561" />
      <source>Strengths</source>
      <translation>Stärken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="530" />
      <source>The printer refused a new page.</source>
      <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="416" />
      <location filename="../../networkcircles/printing/render.py" line="423" />
      <location filename="../../networkcircles/printing/summary.py" line="584" />
      <source>The whole network</source>
      <translation>Das ganze Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="477" />
      <source>Time</source>
      <translation>Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="493" />
      <source>Times are in %1.</source>
      <translation>Zeiten in %1.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="494" />
      <source>Upcoming events (next %n days)</source>
      <translation>
        <numerusform>Anstehende Termine (nächster %n Tag)</numerusform>
        <numerusform>Anstehende Termine (nächste %n Tage)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="564" />
      <source>What to tell people</source>
      <translation>Was Sie anderen erzählen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="560" />
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="681" />
      <source>You</source>
      <translation>Sie</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="439" />
      <source>all day</source>
      <translation>ganztägig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="438" />
      <source>all day, to %1</source>
      <translation>ganztägig, bis %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="501" />
      <source>applied</source>
      <translation>beworben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="293" />
      <source>ask the questions first</source>
      <translation>erst die Fragen klären</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>career fair</source>
      <translation>Jobmesse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="488" />
      <source>contacted in the last 30 days</source>
      <translation>in den letzten 30 Tagen kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="489" />
      <source>follow-up due soon, or getting cold</source>
      <translation>Nachfassen bald fällig oder Kontakt kühlt ab</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="490" />
      <source>follow-up overdue</source>
      <translation>Nachfassen überfällig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="500" />
      <source>heard of it</source>
      <translation>davon gehört</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="227" />
      <source>in %n days</source>
      <translation>
        <numerusform>in %n Tag</numerusform>
        <numerusform>in %n Tagen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="502" />
      <source>interviewing</source>
      <translation>im Vorstellungsgespräch</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>job</source>
      <translation>Stelle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="238" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <location filename="../../networkcircles/printing/summary.py" line="306" />
      <location filename="../../networkcircles/printing/summary.py" line="322" />
      <location filename="../../networkcircles/printing/summary.py" line="393" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="491" />
      <source>never contacted</source>
      <translation>nie kontaktiert</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="240" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="503" />
      <source>offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>resource</source>
      <translation>Hilfsmittel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="222" />
      <source>today</source>
      <translation>heute</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="226" />
      <source>tomorrow</source>
      <translation>morgen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="240" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>yes, since %1</source>
      <translation>ja, seit %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="224" />
      <source>yesterday</source>
      <translation>gestern</translation>
    </message>
  </context>
  <context>
    <name>PrintSummaryDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="73" />
      <source>Circles</source>
      <translation>Kreise</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="246" />
      <source>Could not write %1: %2</source>
      <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="81" />
      <source>Diagram and balance (first page)</source>
      <translation>Diagramm und Ausgewogenheit (erste Seite)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="105" />
      <source>For me</source>
      <translation>Für mich</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="104" />
      <source>Landscape</source>
      <translation>Querformat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="109" />
      <source>Names as initials; no phone numbers or e-mail addresses. Reliability notes are never printed.</source>
      <translation>Namen als Initialen; keine Telefonnummern oder E-Mail-Adressen. Notizen zur Verlässlichkeit werden nie gedruckt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="84" />
      <source>Open leads and tips</source>
      <translation>Offene Hinweise und Tipps</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="119" />
      <source>Orientation:</source>
      <translation>Ausrichtung:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="202" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="118" />
      <source>Paper:</source>
      <translation>Papier:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="82" />
      <source>People in each circle</source>
      <translation>Personen in jedem Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="85" />
      <source>Pocket card with your pitch (last page)</source>
      <translation>Taschenkarte mit Ihrer Kurzvorstellung (letzte Seite)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="103" />
      <source>Portrait</source>
      <translation>Hochformat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="124" />
      <source>Print Preview…</source>
      <translation>Druckvorschau…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="61" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="193" />
      <source>Print circle summary</source>
      <translation>Kreisübersicht drucken</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="94" />
      <source>Printed when you have written what to tell people, in both privacy modes: it holds only your own words</source>
      <translation>Wird in beiden Datenschutzstufen gedruckt, sobald Sie festgehalten haben, was Sie anderen erzählen: Die Karte enthält nur Ihre eigenen Worte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="125" />
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="120" />
      <source>Privacy:</source>
      <translation>Datenschutz:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="200" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="213" />
      <source>Save as PDF</source>
      <translation>Als PDF speichern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="126" />
      <source>Save as PDF…</source>
      <translation>Als PDF speichern…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="78" />
      <source>Sections</source>
      <translation>Abschnitte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="106" />
      <source>To share with a coach or job club</source>
      <translation>Zum Teilen mit einem Coach oder Jobclub</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="83" />
      <source>Upcoming events</source>
      <translation>Anstehende Termine</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="256" />
      <source>Writing %1 stopped unexpectedly (its process ended with code %2). Nothing was written.</source>
      <translation>Das Schreiben von %1 wurde unerwartet abgebrochen (sein Prozess endete mit Code %2). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="214" />
      <source>Writing %1…</source>
      <translation>%1 wird geschrieben…</translation>
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="140" />
      <source>&amp;Day</source>
      <translation>&amp;Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="141" />
      <source>&amp;Note</source>
      <translation>&amp;Notiz</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="109" />
      <source>Circle colour</source>
      <translation>Farbe des Kreises</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="104" />
      <source>Circle name:</source>
      <translation>Name des Kreises:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="129" />
      <source>Clear Follow-up</source>
      <translation>Nachfassen entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="56" />
      <source>Delete contact</source>
      <translation>Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="58" />
      <source>Delete {name} with their interactions and referrals?

You can undo this with Edit ▸ Undo.</source>
      <translation>{name} mit dem ganzen Kontaktverlauf und allen Empfehlungen löschen?

Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="118" />
      <source>Follow up with {name}</source>
      <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="48" />
      <source>Name of the new contact in {circle}:</source>
      <translation>Name des neuen Kontakts in {circle}:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="47" />
      <source>New contact</source>
      <translation>Neuer Kontakt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="77" />
      <source>New network</source>
      <translation>Neues Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="71" />
      <source>Open network</source>
      <translation>Netzwerk öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="104" />
      <source>Rename circle</source>
      <translation>Kreis umbenennen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="125" />
      <source>What to follow up about</source>
      <translation>Worum es beim Nachfassen geht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="29" />
      <source>networkcircles networks (*.sqlite *.db);;All files (*)</source>
      <translation>networkcircles-Netzwerke (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyState</name>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="100" />
      <source>This network is open read-only: another window is editing it.</source>
      <translation>Dieses Netzwerk ist schreibgeschützt geöffnet: Ein anderes Fenster bearbeitet es.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="95" />
      <source>This network is read-only: it belongs to another user.</source>
      <translation>Dieses Netzwerk ist schreibgeschützt: Es gehört einem anderen Benutzer.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="97" />
      <source>This network is read-only: its disk is full.</source>
      <translation>Dieses Netzwerk ist schreibgeschützt: Sein Datenträger ist voll.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="99" />
      <source>This network is read-only: its folder or disk cannot be written to.</source>
      <translation>Dieses Netzwerk ist schreibgeschützt: In seinen Ordner oder auf seinen Datenträger kann nicht geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="93" />
      <source>This network is read-only: the file is write-protected.</source>
      <translation>Dieses Netzwerk ist schreibgeschützt: Die Datei ist schreibgeschützt.</translation>
    </message>
  </context>
  <context>
    <name>Recurrence</name>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="24" />
      <source>%1 and %2</source>
      <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="118" />
      <source>%n times</source>
      <translation>
        <numerusform>%n-mal</numerusform>
        <numerusform>%n-mal</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="114" />
      <source>at %1</source>
      <translation>um %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="57" />
      <source>day %1</source>
      <translation>%1.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="79" />
      <source>every %1</source>
      <translation>jeden %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="73" />
      <source>every %n days</source>
      <translation>
        <numerusform>alle %n Tage</numerusform>
        <numerusform>alle %n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="82" />
      <source>every %n months</source>
      <translation>
        <numerusform>alle %n Monate</numerusform>
        <numerusform>alle %n Monate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="80" />
      <source>every %n weeks on %1</source>
      <translation>
        <numerusform>alle %n Wochen am %1</numerusform>
        <numerusform>alle %n Wochen am %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="84" />
      <source>every %n years</source>
      <translation>
        <numerusform>alle %n Jahre</numerusform>
        <numerusform>alle %n Jahre</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="73" />
      <source>every day</source>
      <translation>jeden Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="82" />
      <source>every month</source>
      <translation>jeden Monat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="84" />
      <source>every year</source>
      <translation>jedes Jahr</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="33" />
      <source>fifth</source>
      <translation>fünften</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="29" />
      <source>first</source>
      <translation>ersten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="32" />
      <source>fourth</source>
      <translation>vierten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="34" />
      <source>last</source>
      <translation>letzten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="75" />
      <location filename="../../networkcircles/printing/recurrence.py" line="83" />
      <location filename="../../networkcircles/printing/recurrence.py" line="94" />
      <source>on %1</source>
      <translation>am %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="86" />
      <source>on %1 in %2</source>
      <translation>am %1 im %2</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="118" />
      <source>once</source>
      <translation>einmal</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="109" />
      <source>repeats on a schedule of its own</source>
      <translation>wiederholt sich nach eigenem Plan</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="30" />
      <source>second</source>
      <translation>zweiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="35" />
      <source>second to last</source>
      <translation>vorletzten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="48" />
      <source>the %1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="56" />
      <source>the last day</source>
      <translation>letzten Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="91" />
      <source>the last day of %1</source>
      <translation>letzten Tag im %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="31" />
      <source>third</source>
      <translation>dritten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="116" />
      <source>until %1</source>
      <translation>bis %1</translation>
    </message>
  </context>
  <context>
    <name>ReliabilityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="58" />
      <source> a day</source>
      <translation> pro Tag</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="44" />
      <source>Acquaintances meet many people every day. Tell only those with useful contacts who can convey your situation accurately; leave out those who pass along gossip.</source>
      <translation>Bekannte treffen jeden Tag viele Menschen. Erzählen Sie nur denen von Ihrer Suche, die nützliche Kontakte haben und Ihre Lage richtig wiedergeben können; lassen Sie die aus, die Tratsch weitererzählen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="69" />
      <source>Can accurately convey my situation</source>
      <translation>Kann meine Lage richtig wiedergeben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="184" />
      <source>Edit reliability</source>
      <translation>Verlässlichkeit bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="67" />
      <source>Has useful contacts</source>
      <translation>Hat nützliche Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="70" />
      <source>Just passes along gossip</source>
      <translation>Erzählt nur Tratsch weiter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="146" />
      <source>Leave out</source>
      <translation>Auslassen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="117" />
      <source>No contact selected</source>
      <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="57" />
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="145" />
      <source>Not yet</source>
      <translation>Noch nicht</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="71" />
      <source>People they meet</source>
      <translation>Begegnungen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="161" />
      <source>Still to find out: {}.</source>
      <translation>Noch herauszufinden: {}.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="144" />
      <source>Tell them</source>
      <translation>Erzählen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="159" />
      <source>They cannot accurately convey your situation.</source>
      <translation>Diese Person kann Ihre Lage nicht richtig wiedergeben.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="160" />
      <source>They have no useful contacts for your search.</source>
      <translation>Diese Person hat keine nützlichen Kontakte für Ihre Suche.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="165" />
      <source>They have useful contacts and can convey your situation accurately.</source>
      <translation>Diese Person hat nützliche Kontakte und kann Ihre Lage richtig wiedergeben.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="157" />
      <source>They just pass along gossip: your news would travel as a rumour.</source>
      <translation>Diese Person erzählt nur Tratsch weiter: Ihre Neuigkeit würde als Gerücht die Runde machen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/reliability.py" line="172" />
      <source>They meet about %n people a day.</source>
      <translation>
        <numerusform>Sie begegnen etwa %n Menschen am Tag.</numerusform>
        <numerusform>Sie begegnen etwa %n Menschen am Tag.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="170" />
      <source>They meet about one person a day.</source>
      <translation>Sie begegnen etwa einem Menschen am Tag.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="68" />
      <source>Whom they know</source>
      <translation>Wen die Person kennt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="52" />
      <source>Whom, or which field, do they know?</source>
      <translation>Wen oder welches Fachgebiet kennt die Person?</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="152" />
      <source>whether they can convey your situation</source>
      <translation>ob die Person Ihre Lage wiedergeben kann</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="151" />
      <source>whether they have useful contacts</source>
      <translation>ob die Person nützliche Kontakte hat</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="153" />
      <source>whether they pass along gossip</source>
      <translation>ob die Person Tratsch weitererzählt</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="75" />
      <source>&amp;Restore…</source>
      <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="45" />
      <source>Backups of {name} are made each day you first open it, before an upgrade and before a restore. The last {keep} are kept.</source>
      <translation>Sicherungen von {name} entstehen beim ersten Öffnen jedes Tages, vor einer Aktualisierung und vor einer Wiederherstellung. Die letzten {keep} werden aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="93" />
      <source>Before a restore</source>
      <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="94" />
      <source>Before an upgrade</source>
      <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="91" />
      <source>First start of the day</source>
      <translation>Erster Start des Tages</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Made</source>
      <translation>Anlass</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="114" />
      <source>Replace the network with the backup of {when}?</source>
      <translation>Das Netzwerk durch die Sicherung vom {when} ersetzen?</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="41" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="111" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="139" />
      <source>Restore from Backup</source>
      <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="71" />
      <source>There are no backups of this network yet.</source>
      <translation>Von diesem Netzwerk gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="116" />
      <source>What the network holds now is backed up first, so you can go back to it with Restore from Backup. Undo history is cleared.</source>
      <translation>Der jetzige Stand des Netzwerks wird zuerst gesichert, sodass Sie mit „Aus Sicherung wiederherstellen“ zu ihm zurückkehren können. Der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="62" />
      <source>unreadable</source>
      <translation>nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="140" />
      <source>{name} cannot be restored: {reason}</source>
      <translation>{name} kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
  </context>
  <context>
    <name>SeriesScope</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="123" />
      <source>&amp;Cancel this occurrence</source>
      <translation>Diesen Termin &amp;absagen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="104" />
      <source>Delete event</source>
      <translation>Termin löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="129" />
      <source>Delete the whole &amp;series</source>
      <translation>Die ganze &amp;Serie löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="106" />
      <source>Edit event</source>
      <translation>Termin bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="121" />
      <source>Only &amp;this occurrence</source>
      <translation>Nur &amp;diesen Termin</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="127" />
      <source>The whole &amp;series</source>
      <translation>Die ganze &amp;Serie</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="109" />
      <source>This event repeats. Cancel only this occurrence, or delete the whole series with everyone met at it?</source>
      <translation>Dieser Termin wiederholt sich. Nur diesen einen absagen oder die ganze Serie löschen, mit allen, die Sie dort getroffen haben?</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="115" />
      <source>This event repeats. Change only this occurrence, or the whole series?</source>
      <translation>Dieser Termin wiederholt sich. Nur diesen einen ändern oder die ganze Serie?</translation>
    </message>
  </context>
  <context>
    <name>StoreBridge</name>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="88" />
      <source>Putting the import back…</source>
      <translation>Import wird wiederhergestellt…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="87" />
      <source>Redo</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="80" />
      <source>Taking back the import…</source>
      <translation>Import wird zurückgenommen…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="80" />
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
  </context>
  <context>
    <name>StoreLockedDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="17" />
      <source>Network already open</source>
      <translation>Netzwerk bereits geöffnet</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="28" />
      <source>Only one window at a time can change a network. You can look at it read-only here, or cancel and use the other window.</source>
      <translation>Nur ein Fenster kann ein Netzwerk gleichzeitig ändern. Sie können es hier schreibgeschützt ansehen oder abbrechen und das andere Fenster verwenden.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="34" />
      <source>Open &amp;Read-Only</source>
      <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="23" />
      <source>{name} is in use by a command-line {role} ({holder}).</source>
      <translation>{name} wird vom Befehl „{role}“ auf der Befehlszeile verwendet ({holder}).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="21" />
      <source>{name} is open in another window ({holder}).</source>
      <translation>{name} ist in einem anderen Fenster geöffnet ({holder}).</translation>
    </message>
  </context>
  <context>
    <name>SyncAccountsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="70" />
      <source>&amp;Add Account</source>
      <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="64" />
      <source>&amp;Password:</source>
      <translation>&amp;Passwort:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="71" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="72" />
      <source>&amp;Sync Now</source>
      <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="63" />
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="54" />
      <source>Accounts</source>
      <translation>Konten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="132" />
      <source>Added. Sync Now sends your network out and brings the server's contacts in.</source>
      <translation>Hinzugefügt. „Jetzt synchronisieren“ sendet Ihr Netzwerk an den Server und holt dessen Kontakte herein.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="46" />
      <source>Keep your contacts in step with the address book on your phone or mail account (Nextcloud, Fastmail, iCloud, Radicale…). Type your server's address; the address book is found from it.</source>
      <translation>Halten Sie Ihre Kontakte mit dem Adressbuch auf Ihrem Telefon oder in Ihrem E-Mail-Konto abgeglichen (Nextcloud, Fastmail, iCloud, Radicale…). Geben Sie die Adresse Ihres Servers ein; das Adressbuch wird darüber gefunden.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="62" />
      <source>Server &amp;address:</source>
      <translation>Server&amp;adresse:</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="73" />
      <source>Show &amp;Log</source>
      <translation>Protoko&amp;ll zeigen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="41" />
      <source>Sync Accounts</source>
      <translation>Synchronisationskonten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="149" />
      <source>Syncing…</source>
      <translation>Wird synchronisiert…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="113" />
      <source>The server address starts with https:// (or http://).</source>
      <translation>Die Serveradresse beginnt mit https:// (oder http://).</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="124" />
      <source>This system has no keyring to keep the password in. Set the environment variable NETWORKCIRCLES_PASSWORD before starting networkcircles instead.</source>
      <translation>Dieses System hat keinen Schlüsselbund für das Passwort. Setzen Sie stattdessen die Umgebungsvariable NETWORKCIRCLES_PASSWORD, bevor Sie networkcircles starten.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="116" />
      <source>Type the user name of the account.</source>
      <translation>Geben Sie den Benutzernamen des Kontos ein.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="96" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="98" />
      <source>{user} at {url} — last sync: {when}</source>
      <translation>{user} bei {url} — zuletzt synchronisiert: {when}</translation>
    </message>
  </context>
  <context>
    <name>SyncConflictsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="131" />
      <source>&amp;Apply</source>
      <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="133" />
      <source>&amp;Keep This Network's</source>
      <translation>&amp;Dieses Netzwerk behalten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="96" />
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="143" />
      <source>&lt;b&gt;Server&lt;/b&gt;</source>
      <translation>&lt;b&gt;Server&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="142" />
      <source>&lt;b&gt;This network&lt;/b&gt;</source>
      <translation>&lt;b&gt;Dieses Netzwerk&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="41" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="53" />
      <source>All day</source>
      <translation>Ganztägig</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="153" />
      <source>All from the server</source>
      <translation>Alles vom Server</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="152" />
      <source>All from this network</source>
      <translation>Alles aus diesem Netzwerk</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="47" />
      <source>Circle</source>
      <translation>Kreis</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="58" />
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="37" />
      <source>E-mails</source>
      <translation>E-Mails</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="52" />
      <source>Ends</source>
      <translation>Ende</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="46" />
      <source>How known</source>
      <translation>Woher bekannt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="50" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="43" />
      <source>LinkedIn</source>
      <translation>LinkedIn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="36" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="44" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="39" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="60" />
      <source>Organiser</source>
      <translation>Veranstalter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="38" />
      <source>Phones</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="57" />
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="48" />
      <source>Reliability</source>
      <translation>Verlässlichkeit</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="55" />
      <source>Repeats</source>
      <translation>Wiederholung</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="40" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="56" />
      <source>Skipped dates</source>
      <translation>Ausgelassene Tage</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="51" />
      <source>Starts</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="59" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="107" />
      <source>Sync Conflicts</source>
      <translation>Synchronisationskonflikte</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="45" />
      <source>Tags</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="112" />
      <source>These were changed both here and on the server since the last sync. Pick the version to keep; the other one is kept in the notes.</source>
      <translation>Diese Angaben wurden seit der letzten Synchronisation hier und auf dem Server geändert. Wählen Sie die Fassung, die bleiben soll; die andere wird in den Notizen aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="54" />
      <source>Time zone</source>
      <translation>Zeitzone</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="49" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="42" />
      <source>Website</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="85" />
      <source>{field} here</source>
      <translation>{field} hier</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="88" />
      <source>{field} on the server</source>
      <translation>{field} auf dem Server</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/sync_controller.py" line="316" />
      <source>%n conflict(s)</source>
      <translation>
        <numerusform>%n Konflikt</numerusform>
        <numerusform>%n Konflikte</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="136" />
      <source>Add or remove CardDAV/CalDAV accounts</source>
      <translation>CardDAV-/CalDAV-Konten hinzufügen oder entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="349" />
      <source>Delete contacts?</source>
      <translation>Kontakte löschen?</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="368" />
      <source>Last sync: {when}</source>
      <translation>Zuletzt synchronisiert: {when}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="135" />
      <source>Sync &amp;Accounts…</source>
      <translation>Synchronisations&amp;konten…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="138" />
      <source>Sync &amp;Log…</source>
      <translation>Synchronisations&amp;protokoll…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="300" />
      <source>Sync failed: {why}</source>
      <translation>Synchronisation fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="145" />
      <source>Sync progress</source>
      <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="304" />
      <source>Synced: {i} in, {o} out, {conflicts}</source>
      <translation>Synchronisiert: {i} herein, {o} hinaus, {conflicts}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="199" />
      <source>Syncing…</source>
      <translation>Wird synchronisiert…</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="351" />
      <source>The server no longer has {n} of the {t} contacts synced with it (was the address book emptied?). Delete them here too?</source>
      <translation>Der Server hat {n} der {t} mit ihm synchronisierten Kontakte nicht mehr (wurde das Adressbuch geleert?). Sollen sie auch hier gelöscht werden?</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="338" />
      <source>decided {name}: the server's {fields}</source>
      <translation>{name} entschieden: {fields} vom Server</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="210" />
      <source>in %v/%m</source>
      <translation>herein %v/%m</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="210" />
      <source>out %v/%m</source>
      <translation>hinaus %v/%m</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="281" />
      <source>{stamp} {account}: failed: {why}</source>
      <translation>{stamp} {account}: fehlgeschlagen: {why}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="272" />
      <source>{stamp} {account}: the server deleted {n} of {t} contacts; waiting for your answer</source>
      <translation>{stamp} {account}: Der Server hat {n} von {t} Kontakten gelöscht; wartet auf Ihre Antwort</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="259" />
      <source>{stamp} {account}: {i} in, {o} out, {conflicts}</source>
      <translation>{stamp} {account}: {i} herein, {o} hinaus, {conflicts}</translation>
    </message>
  </context>
  <context>
    <name>SyncLogDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="161" />
      <source>No sync yet.</source>
      <translation>Noch keine Synchronisation.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="155" />
      <source>Sync Log</source>
      <translation>Synchronisationsprotokoll</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="160" />
      <source>Sync log</source>
      <translation>Synchronisationsprotokoll</translation>
    </message>
  </context>
  <context>
    <name>theme</name>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="158" />
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="157" />
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="156" />
      <source>&amp;System</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="164" />
      <source>&amp;Theme</source>
      <translation>&amp;Farbschema</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="170" />
      <source>Dark text on a light background</source>
      <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="169" />
      <source>Follow the light or dark look of the system</source>
      <translation>Dem hellen oder dunklen Erscheinungsbild des Systems folgen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="171" />
      <source>Light text on a dark background</source>
      <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
  </context>
  <context>
    <name>TipDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="55" />
      <source>&amp;Company</source>
      <translation>&amp;Firma</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="54" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="59" />
      <source>&amp;Link</source>
      <translation>&amp;Link</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="57" />
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="56" />
      <source>&amp;Role</source>
      <translation>S&amp;telle</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="60" />
      <source>&amp;Status</source>
      <translation>&amp;Status</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="115" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation>„{text}“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="117" />
      <source>A job lead needs a company.</source>
      <translation>Ein Stellenhinweis braucht eine Firma.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="138" />
      <source>Applied</source>
      <translation>Beworben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="33" />
      <source>Career fair</source>
      <translation>Jobmesse</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="141" />
      <source>Closed</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="32" />
      <source>Company hiring</source>
      <translation>Firma stellt ein</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="29" />
      <source>Edit tip</source>
      <translation>Tipp bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="58" />
      <source>Fair &amp;date</source>
      <translation>&amp;Datum der Messe</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="119" />
      <source>Give the fair or the resource a name.</source>
      <translation>Geben Sie der Messe oder dem Hilfsmittel einen Namen.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="137" />
      <source>Heard</source>
      <translation>Davon gehört</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="139" />
      <source>Interviewing</source>
      <translation>Im Vorstellungsgespräch</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="63" />
      <source>N&amp;otes</source>
      <translation>N&amp;otizen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="29" />
      <source>New tip</source>
      <translation>Neuer Tipp</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="43" />
      <source>Nobody</source>
      <translation>Niemand</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="140" />
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="61" />
      <source>Shared &amp;by</source>
      <translation>Erhalten &amp;von</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="62" />
      <source>Shared &amp;on</source>
      <translation>Erhalten a&amp;m</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="34" />
      <source>Tool or website</source>
      <translation>Hilfsmittel oder Webseite</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="49" />
      <source>YYYY-MM-DD</source>
      <translation>JJJJ-MM-TT</translation>
    </message>
  </context>
  <context>
    <name>TriagePanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="174" />
      <source>%1 of %2 · %n left to sort</source>
      <translation>
        <numerusform>%1 von %2 · noch %n einzuordnen</numerusform>
        <numerusform>%1 von %2 · noch %n einzuordnen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="165" />
      <source>%n left to sort</source>
      <translation>
        <numerusform>noch %n einzuordnen</numerusform>
        <numerusform>noch %n einzuordnen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="168" />
      <source>Everyone who came in has a circle. Backspace goes back to change one.</source>
      <translation>Alle Neuzugänge haben einen Kreis. Mit der Rücktaste gehen Sie zurück, um einen zu ändern.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="170" />
      <source>Imported contacts wait here until you give each a circle.</source>
      <translation>Importierte Kontakte warten hier, bis Sie jedem einen Kreis geben.</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="166" />
      <source>Nobody left to sort</source>
      <translation>Niemand mehr einzuordnen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="182" />
      <source>Now in: %1</source>
      <translation>Jetzt in: %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="72" />
      <source>Skip (S)</source>
      <translation>Überspringen (S)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="200" />
      <source>Tags: %1</source>
      <translation>Schlagwörter: %1</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="71" />
      <source>← Back</source>
      <translation>← Zurück</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/commands.py" line="87" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n Termin</numerusform>
        <numerusform>%n Termine</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="617" />
      <source>Add association</source>
      <translation>Verband hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="106" />
      <source>Add contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="457" />
      <source>Add event</source>
      <translation>Termin hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="318" />
      <source>Add introduction</source>
      <translation>Vermittlung hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="594" />
      <source>Add people met at event</source>
      <translation>Beim Termin getroffene Personen hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="393" />
      <source>Add tip</source>
      <translation>Tipp hinzufügen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="520" />
      <source>Change one occurrence</source>
      <translation>Einen Termin der Serie ändern</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="296" />
      <source>Clear follow-up</source>
      <translation>Nachfassen entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="657" />
      <source>Delete association</source>
      <translation>Verband löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="178" />
      <source>Delete contact</source>
      <translation>Kontakt löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="496" />
      <source>Delete event</source>
      <translation>Termin löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="279" />
      <source>Delete interaction</source>
      <translation>Kontakteintrag löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="378" />
      <source>Delete reference request</source>
      <translation>Referenzanfrage löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="423" />
      <source>Delete tip</source>
      <translation>Tipp löschen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="644" />
      <source>Edit association</source>
      <translation>Verband bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="195" />
      <source>Edit circle</source>
      <translation>Kreis bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="130" />
      <location filename="../../networkcircles/ui/commands.py" line="216" />
      <source>Edit contact</source>
      <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="476" />
      <source>Edit event</source>
      <translation>Termin bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="365" />
      <source>Edit reference request</source>
      <translation>Referenzanfrage bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="410" />
      <source>Edit tip</source>
      <translation>Tipp bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="438" />
      <source>Edit your pitch</source>
      <translation>Kurzvorstellung bearbeiten</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="83" />
      <source>Import {added} added, {merged} merged</source>
      <translation>Import: {added} neu, {merged} zusammengeführt</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="85" />
      <source>Import {added} added, {merged} merged, {events}</source>
      <translation>Import: {added} neu, {merged} zusammengeführt, {events}</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="543" />
      <source>Link people to event</source>
      <translation>Personen mit Termin verknüpfen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="257" />
      <source>Log interaction</source>
      <translation>Kontakt eintragen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="346" />
      <source>Log reference request</source>
      <translation>Referenzanfrage eintragen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="232" />
      <source>Met a contact</source>
      <translation>Kontakt getroffen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="147" />
      <source>Move contact</source>
      <translation>Kontakt verschieben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="162" />
      <source>Move contacts</source>
      <translation>Kontakte verschieben</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="331" />
      <source>Remove introduction</source>
      <translation>Vermittlung entfernen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="296" />
      <source>Set follow-up</source>
      <translation>Nachfassen planen</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="50" />
      <source>Sync (stopped part way)</source>
      <translation>Synchronisation (unterwegs abgebrochen)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="52" />
      <source>Sync ({n} in)</source>
      <translation>Synchronisation ({n} herein)</translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="565" />
      <source>Unlink people from event</source>
      <translation>Verknüpfung von Personen mit Termin lösen</translation>
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
      <translation>&amp;Mein Netzwerk beginnen</translation>
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
