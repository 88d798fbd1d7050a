<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/about.py" line="10" />
      <source>&lt;h3&gt;networkcircles {version}&lt;/h3&gt;&lt;p&gt;Your job-search network as concentric circles: family and friends, former co-workers and bosses, fellow job seekers, associations and acquaintances.&lt;/p&gt;&lt;p&gt;Reach out to every circle, not only the nearest.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file you choose.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/about.py" line="18" />
      <source>About networkcircles</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="105" />
      <source>&amp;About networkcircles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="115" />
      <source>&amp;Add Contact Here…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="91" />
      <source>&amp;Delete Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="106" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="76" />
      <source>&amp;Export Contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="93" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>&amp;Fit Diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="68" />
      <source>&amp;Import Contacts or Events…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="108" />
      <source>&amp;Log Interaction…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="65" />
      <source>&amp;New Network…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="66" />
      <source>&amp;Open Network…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="80" />
      <source>&amp;Print Circle Summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="116" />
      <source>&amp;Print This Circle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="86" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="136" />
      <location filename="../../networkcircles/ui/actions.py" line="156" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="117" />
      <source>&amp;Rename Circle…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="114" />
      <source>&amp;Show Only This Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="102" />
      <source>&amp;Sort Unplaced People…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="136" />
      <location filename="../../networkcircles/ui/actions.py" line="153" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="88" />
      <source>Add a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="115" />
      <source>Add a person to this circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="69" />
      <source>Add contacts from vCard or CSV files, events from iCalendar files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="118" />
      <source>Change &amp;Colour…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="106" />
      <source>Change this person's details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="110" />
      <source>Choose when to get back in touch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="91" />
      <source>Delete the selected contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="99" />
      <source>Draw a line from each person to whoever they introduced you to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="84" />
      <source>Exchange changes with your address book and calendar servers (File ▸ Sync Accounts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="72" />
      <source>Export &amp;Calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="112" />
      <source>Flag: Passes Along &amp;Gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="112" />
      <source>Leave out someone who only passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="114" />
      <source>List only this circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="88" />
      <source>New &amp;Contact…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="108" />
      <source>Note a call, a meeting or a message with this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="66" />
      <source>Open a network file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="103" />
      <source>Place unplaced people in circles one by one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="116" />
      <source>Print a summary of this circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="80" />
      <source>Print circles or save them as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="86" />
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="83" />
      <source>S&amp;ync Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="93" />
      <source>Search contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="110" />
      <source>Set &amp;Follow-up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="98" />
      <source>Sho&amp;w Introductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="96" />
      <source>Show all the rings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="65" />
      <source>Start an empty network file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="172" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="77" />
      <source>Write contacts to a vCard or CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="73" />
      <source>Write your events to an iCalendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="94" />
      <source>Zoom &amp;In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/actions.py" line="95" />
      <source>Zoom &amp;Out</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../networkcircles/ui/app.py" line="104" />
      <source>{path} cannot be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AssociationsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="130" />
      <source>&amp;Add association…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="131" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="198" />
      <source>&amp;Events per year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="194" />
      <source>&amp;Local or online:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="195" />
      <source>&amp;Membership:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="192" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="189" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="193" />
      <source>&amp;Website:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="431" />
      <source>Add association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="95" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="201" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="359" />
      <source>Association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="426" />
      <source>Association not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="119" />
      <source>Associations compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="103" />
      <source>Benefits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="197" />
      <source>Benefits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="153" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="280" />
      <source>Considering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="99" />
      <source>Contacts
made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="101" />
      <source>Cost per
contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="102" />
      <source>Cost per
lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="160" />
      <source>Dues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="162" />
      <source>Dues period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="196" />
      <source>Dues:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="98" />
      <source>Events
attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="209" />
      <source>Events of this association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="199" />
      <source>Expected per year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="306" />
      <source>Expected: you are only considering joining</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="123" />
      <source>Italic rows are associations you are considering: their figures are what you expect in a year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="207" />
      <source>Its events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="168" />
      <source>Job board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="152" />
      <location filename="../../networkcircles/ui/panels/associations.py" line="280" />
      <source>Joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="100" />
      <source>Leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="146" />
      <source>Local</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="170" />
      <source>Member directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="96" />
      <source>Membership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="169" />
      <source>Mentoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="200" />
      <source>N&amp;otes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="431" />
      <source>Name of the association:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="154" />
      <source>Neither yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="147" />
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="97" />
      <source>Yearly
cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="182" />
      <source>contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="184" />
      <source>leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="164" />
      <source>per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="163" />
      <source>per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/associations.py" line="145" />
      <source>—</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttendeePickerDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="368" />
      <source>Search names and organisations</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Background</name>
    <message>
      <location filename="../../networkcircles/ui/background.py" line="285" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/background.py" line="305" />
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="163" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/balance.py" line="337" />
      <source>%n in family and friends do not know you are looking yet.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="257" />
      <source>({n} not told)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="130" />
      <source>30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="154" />
      <source>Balance per circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="168" />
      <source>Call a circle neglected after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="139" />
      <source>Contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="137" />
      <source>Contacts in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="349" />
      <source>Every circle has heard from you lately. Keep mixing it up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="140" />
      <source>Follow-ups overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="138" />
      <source>Know you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="132" />
      <source>Last outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="133" />
      <source>Leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="142" />
      <source>Leads whose chain of introductions started in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="164" />
      <source>Neglected after</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="334" />
      <source>One in family and friends does not know you are looking yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="178" />
      <source>Outreach per week, last 12 weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="131" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="128" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="141" />
      <source>The latest day you reached out to someone in the circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="129" />
      <source>Told</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/balance.py" line="323" />
      <source>You have not reached out to anyone in {circle} for %n day(s).</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="314" />
      <source>You have not reached out to anyone in {circle} yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="344" />
      <source>Your circles are empty: add your first people (double-click a ring, or File ▸ Import), then reach out to every circle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="263" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>circles</name>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="42" />
      <source>Acquaintances</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="37" />
      <source>Dues can be steep: vet each association and compare them for the highest return.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="16" />
      <source>Family and friends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="29" />
      <source>Fellow job seekers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="22" />
      <source>Former co-workers and bosses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="17" />
      <source>Make sure each of them knows you are looking: nobody is too close to ask.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="30" />
      <source>People met at networking events and job clubs share tools, career fairs and companies that are hiring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="36" />
      <source>Professional and trade associations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="23" />
      <source>They can speak first hand to your work ethic and expertise: ask who will vouch for you and be a reference.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/store/seed.py" line="43" />
      <source>They meet many people every day: tell those with useful contacts who can convey your situation accurately, and leave out the ones who only pass along gossip.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirclesScene</name>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="828" />
      <source>People to meet · {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/scene.py" line="836" />
      <source>Unplaced · {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/ring_items.py" line="222" />
      <source>You</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirclesView</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="192" />
      <source>Contacted recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="193" />
      <source>Follow-up due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="194" />
      <source>Follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="205" />
      <source>Introduced you to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="196" />
      <source>Knows you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="203" />
      <source>Leave out: passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="195" />
      <source>Never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="204" />
      <source>Someone you want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="202" />
      <source>Worth telling about your search</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactActivityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="179" />
      <source>&amp;Log interaction…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="591" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="641" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="230" />
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="300" />
      <source>Agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="295" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="296" />
      <source>Application (role at company)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="482" />
      <source>Asked %n time(s) in the last {days} days: give them a rest.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="298" />
      <source>Asked today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="435" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="267" />
      <source>Can vouch for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="201" />
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="251" />
      <source>Co-worker: vouching and references</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="302" />
      <source>Declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="181" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="308" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="436" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="438" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="254" />
      <source>Expertise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="196" />
      <source>Follow-up day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="304" />
      <source>Given today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="335" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="357" />
      <source>Heard my pitch on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="174" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="176" />
      <source>Interactions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="220" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="223" />
      <source>Introduced by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="462" />
      <source>Introduced you to: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="437" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="439" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="360" />
      <source>Might introduce me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="193" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="145" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="426" />
      <source>No contact selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="349" />
      <source>Nobody yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="332" />
      <source>Pitch and introductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="324" />
      <source>Reference log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="292" />
      <source>Reference requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="232" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="269" />
      <source>Same field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="200" />
      <source>Set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="347" />
      <source>Someone I want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="615" />
      <source>This introduction is already recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="337" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="256" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="257" />
      <source>What else they can speak to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="198" />
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="199" />
      <source>What to follow up on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="271" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="229" />
      <source>Who introduced them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="352" />
      <source>Who might introduce me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="253" />
      <source>Work ethic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="270" />
      <source>Worked together at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="195" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="334" />
      <source>YYYY-MM-DD, empty: not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="513" />
      <source>agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="515" />
      <source>declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="261" />
      <source>e.g. 2018 to 2022</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="511" />
      <source>given {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="517" />
      <source>no answer yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_activity.py" line="519" />
      <source>{day}  {application}: {answer}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactDetailsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="83" />
      <source>&amp;Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="120" />
      <source>&amp;Delete…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="82" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="119" />
      <source>&amp;Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="118" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="89" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="130" />
      <source>Click a dot in the diagram or a name in the list to see and edit that person here.

Double-click empty space in a ring to add someone to that circle, or drag people from the Unplaced tray onto a ring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Cold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="216" />
      <source>Contact details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="225" />
      <source>Contact details: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="87" />
      <source>E-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="96" />
      <source>Follow-up note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="84" />
      <source>How I know them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="93" />
      <source>Knows I'm looking since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="94" />
      <source>Last contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="91" />
      <source>LinkedIn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="95" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="73" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="213" />
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="217" />
      <source>No contact selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="98" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="170" />
      <source>One per line; 'mobile: +1 555 0100' adds a label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="168" />
      <source>One per line; 'work: ana@example.com' adds a label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="85" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="88" />
      <source>Phones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="86" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="92" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="184" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="158" />
      <source>Warm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="97" />
      <source>Warmth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="90" />
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="175" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_details.py" line="227" />
      <source>{name}, circle: {circle}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactEventsList</name>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="637" />
      <source> (planned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="616" />
      <source>Events with this contact</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactListPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="113" />
      <source>All circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="62" />
      <source>Anyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="91" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="65" />
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="217" />
      <source>Move %n selected to</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="64" />
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
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="59" />
      <source>Show by reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="72" />
      <source>Show circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="63" />
      <source>Tell them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="116" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/contact_list.py" line="60" />
      <source>Whom to tell about your search (reliability)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>contacts</name>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="60" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="230" />
      <source>Circle: {circle}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="63" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="65" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="59" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="66" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="61" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="64" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="62" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/models/contacts_model.py" line="105" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="110" />
      <source>An unexpected error: {error} ({kind}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="96" />
      <source>Could not be done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="90" />
      <source>Could not be undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="72" />
      <source>Something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="116" />
      <source>The details are in {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="46" />
      <source>The disk is full: {path} could not be written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="97" />
      <source>“{what}” could not be done. Your network is as it was before; the undo history was cleared, since it no longer matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/crash_handler.py" line="91" />
      <source>“{what}” could not be undone. Your network is as it was before; the undo history was cleared, since it no longer matches.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>diagram</name>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="439" />
      <source>Network diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="274" />
      <source>People to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="247" />
      <source>Unnamed contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="272" />
      <source>Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="238" />
      <source>You, at the centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/view.py" line="435" />
      <source>arrow keys move between people and rings, Enter opens, the menu key shows what you can do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="250" />
      <source>contacted recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="251" />
      <source>follow-up due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="252" />
      <source>follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="257" />
      <source>knows you are looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="262" />
      <source>leave out: passes gossip along</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="253" />
      <source>never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="264" />
      <source>someone you want to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="260" />
      <source>worth telling about your search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="276" />
      <source>{circle} ring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="267" />
      <source>{n} of {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="242" />
      <source>{place}, 1 person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/diagram/keyboard.py" line="242" />
      <source>{place}, {count} people</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuePanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="134" />
      <source>%n day(s) ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="125" />
      <source>%n event(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="140" />
      <source>Event {when}: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="42" />
      <source>Follow-ups due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="130" />
      <source>Nothing due today. Well done.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="138" />
      <source>in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="136" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/due.py" line="150" />
      <source>{name}: %n day(s) overdue</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="152" />
      <source>{name}: due today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/due.py" line="121" />
      <source>{overdue} overdue, {today} due today, {events} this week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ErrorText</name>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="76" />
      <source>'{value}' is not a colour like #1971c2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="47" />
      <source>'{value}' is not a date (YYYY-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="50" />
      <source>'{value}' is not a date and time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="59" />
      <source>'{value}' is not a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="81" />
      <source>'{value}' is not a repeat rule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="77" />
      <source>'{value}' is not a time zone (e.g. Europe/Paris).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="60" />
      <source>'{value}' is not a web address (http or https).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="55" />
      <source>'{value}' is not an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="58" />
      <source>'{value}' is not an e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="57" />
      <source>'{value}' is not one of {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="82" />
      <source>'{value}' repeats more often than daily.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="64" />
      <source>A circle needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="62" />
      <source>A contact needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="48" />
      <source>A date is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="69" />
      <source>A fair or a resource needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="68" />
      <source>A job lead needs a company.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="54" />
      <source>A whole number from {low} to {high}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="53" />
      <source>A whole number, {low} or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="94" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="131" />
      <source>Agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="155" />
      <source>All day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="56" />
      <source>An amount cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="66" />
      <source>An event needs a start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="65" />
      <source>An event needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="63" />
      <source>An organisation needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="129" />
      <source>Application</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="130" />
      <source>Asked on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="163" />
      <source>Attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="119" />
      <source>Can convey your situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="104" />
      <location filename="../../networkcircles/ui/error_text.py" line="166" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="167" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="134" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="161" />
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="123" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="140" />
      <source>Day of the fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="168" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="143" />
      <source>Dues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="144" />
      <source>Dues period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="105" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="154" />
      <source>End</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="149" />
      <source>Events per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="150" />
      <source>Expected contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="151" />
      <source>Expected leads</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="102" />
      <source>Follow-up note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="132" />
      <source>Given on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="118" />
      <source>Has useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="110" />
      <source>Heard your pitch on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="91" />
      <source>How you know them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="162" />
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="114" />
      <source>In your field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="170" />
      <source>Industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="127" />
      <source>Introduced by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="128" />
      <source>Introduced on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="146" />
      <source>Job board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="46" />
      <source>Keep it short: at most {max_chars} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="124" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="99" />
      <source>Knows you are looking since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="100" />
      <source>Last contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="136" />
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="96" />
      <source>LinkedIn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="159" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="171" />
      <source>Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="148" />
      <source>Member directory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="145" />
      <source>Membership</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="147" />
      <source>Mentoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="90" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="101" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="70" />
      <source>Nobody introduces you to themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="125" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="97" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="164" />
      <source>Occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="79" />
      <source>Only a repeating event has occurrences to change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="92" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="160" />
      <source>Organiser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="126" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="120" />
      <source>Passes on gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="109" />
      <source>People met per day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="106" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="173" />
      <source>Pitch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="142" />
      <source>Reach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="157" />
      <source>Repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="93" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="67" />
      <source>Say which application the reference is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="138" />
      <source>Shared by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="139" />
      <source>Shared on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="158" />
      <source>Skipped days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="117" />
      <source>Someone to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="153" />
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="137" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="172" />
      <source>Strengths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="98" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="169" />
      <source>Target roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="51" />
      <source>The answer is yes or no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="52" />
      <source>The answer is yes, no or not known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="78" />
      <source>The event ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="80" />
      <source>The occurrence named is not the one changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="281" />
      <source>The system keyring cannot be used ({detail}). Set the environment variable {variable} to the password of {user} at {url} instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="291" />
      <source>The system keyring cannot keep the password ({detail}). Set the environment variable {variable} before starting networkcircles instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="121" />
      <source>Their useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="342" />
      <source>There is no circle '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="73" />
      <source>There is no circle '{value}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="286" />
      <source>There is no password for {user} at {url} in the system keyring. Type it in File ▸ Sync Accounts, or set the environment variable {variable}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="61" />
      <source>There is no such field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="72" />
      <location filename="../../networkcircles/ui/error_text.py" line="338" />
      <source>This contact is no longer in the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="336" />
      <source>This event is no longer in the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="71" />
      <source>This introduction is already recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="344" />
      <source>This is no longer in the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="49" />
      <source>This is not a date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="75" />
      <source>This is not an answer to the reliability questions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="74" />
      <location filename="../../networkcircles/ui/error_text.py" line="340" />
      <source>This organisation is no longer in the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="156" />
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="135" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="113" />
      <source>Vouches for your expertise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="112" />
      <source>Vouches for your work ethic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="103" />
      <source>Warmth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="95" />
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="111" />
      <source>What they can vouch for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="108" />
      <source>Who could introduce you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="116" />
      <source>Worked together when</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="115" />
      <source>Worked together where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="238" />
      <source>another program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="215" />
      <source>another program is writing to it; try again in a moment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="226" />
      <source>device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="224" />
      <source>folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="199" />
      <source>it belongs to another user, so it can only be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="210" />
      <source>it cannot be created ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="191" />
      <source>it cannot be read ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="185" />
      <source>it is a database of another program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="182" />
      <source>it is not a networkcircles network (not an SQLite database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="190" />
      <source>it is not a regular file but a {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="202" />
      <source>it is open in another window ({holder}); try again when it is closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="214" />
      <source>it is open read-only, so nothing can be changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="212" />
      <source>it must be upgraded first, which cannot be done read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="193" />
      <source>it was written by a newer version of networkcircles (schema {found}; this version reads up to {supported}); it is left as it is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="201" />
      <source>its disk is full, so it can only be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="208" />
      <source>its folder cannot be made ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="200" />
      <source>its folder or disk is read-only, so it can only be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="209" />
      <source>its lock file cannot be made ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="240" />
      <source>pid {pid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="241" />
      <source>pid {pid} on {host}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="225" />
      <source>pipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="227" />
      <source>socket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="228" />
      <source>special file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="192" />
      <source>the backup is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="205" />
      <source>the command-line command “{role}” ({holder}) has it open; try again when it is done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="217" />
      <source>the database failed ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="216" />
      <source>the disk could not be read or written (I/O error); nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="213" />
      <source>the disk is full; nothing was changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="183" />
      <source>the file is damaged (cut off inside its header)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="187" />
      <source>the file is damaged (it has no schema version)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="184" />
      <source>the file is damaged (it is cut off)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="188" />
      <source>the file is damaged (it says schema version {found})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="189" />
      <source>the file is damaged (table {tables} is missing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="186" />
      <source>the file is damaged ({detail})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="198" />
      <source>the file is write-protected, so it can only be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="211" />
      <source>there is no network in it yet, so it cannot be opened read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="197" />
      <source>there is no network there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="332" />
      <source>{field}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="273" />
      <source>{path} cannot be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="268" />
      <source>{path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="357" />
      <source>{url}: cannot reach the server.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="365" />
      <source>{url}: no address book or calendar was found here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="361" />
      <source>{url}: the server answered {method} with status {status}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/error_text.py" line="359" />
      <source>{url}: the server refused this user name and password.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventCalendarPanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="489" />
      <source>%n changed or cancelled occurrence(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="491" />
      <source>%n record(s) of whom you met or plan to meet</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="113" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="112" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="111" />
      <source>&amp;New…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="141" />
      <source>&amp;Plan to meet…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="142" />
      <source>&amp;Unlink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="140" />
      <source>&amp;Who I met…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="107" />
      <source>Agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="143" />
      <source>At the &amp;event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="538" />
      <source>Cancel one occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="496" />
      <source>Change the series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="265" />
      <source>Changed from the series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="340" />
      <source>Cost: {cost}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="130" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="323" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="100" />
      <source>Event calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="463" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="521" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="603" />
      <source>Event not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="286" />
      <source>No events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="338" />
      <source>Organised by {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="324" />
      <source>Pick an event in the agenda or the list below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="138" />
      <source>Plan for the event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="153" />
      <source>Plan: people and organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="343" />
      <source>Repeats {rule}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="493" />
      <source>The new schedule no longer has the occurrences of {parts}. They will be removed.

You can undo this with Edit ▸ Undo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="463" />
      <source>This event is no longer in the network.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="380" />
      <source>This occurrence: {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="376" />
      <source>This occurrence: {day}, moved from {usual}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="144" />
      <source>Type in the new people you meet, quickly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="165" />
      <source>Upcoming (next 30 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="167" />
      <source>Upcoming events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="135" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="151" />
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="552" />
      <source>Who I met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="552" />
      <source>Whom I plan to meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="234" />
      <source>all day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="356" />
      <source>{name} (organisation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="352" />
      <source>{name} (to meet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="240" />
      <source>{start} to {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/event_calendar.py" line="584" />
      <source>{title}, {day}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventCaptureDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="64" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="102" />
      <source>&amp;Finish</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="90" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="60" />
      <source>0 Unplaced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="48" />
      <source>At the event: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="74" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="63" />
      <source>Circle (press 0 to 5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="96" />
      <source>Enter adds the person. Circle: press 1 to 5 (0 for unplaced). Finish links everyone to the event and places them in their rings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="54" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="71" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="73" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="58" />
      <source>One line to remember them by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="56" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="72" />
      <location filename="../../networkcircles/ui/dialogs/event_capture.py" line="84" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventEditorDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="251" />
      <source>&amp;Cost:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="245" />
      <source>&amp;Ends:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="242" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="249" />
      <source>&amp;Location or link:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="253" />
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="250" />
      <source>&amp;Organiser:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="247" />
      <source>&amp;Repeats:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="244" />
      <source>&amp;Starts:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="241" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="349" />
      <source>'{rule}' is not a repeat rule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="342" />
      <source>'{zone}' is not a time zone (e.g. Europe/Paris).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="221" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="219" />
      <source>Address or meeting link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="177" />
      <source>All day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="339" />
      <source>An event needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="47" />
      <source>Association meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="56" />
      <source>Attended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="45" />
      <source>Career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="194" />
      <source>Choose, or type an iCalendar RRULE such as FREQ=WEEKLY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="196" />
      <source>Does not repeat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="152" />
      <source>Edit event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="150" />
      <source>Edit one occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="197" />
      <source>Every day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="200" />
      <source>Every month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="199" />
      <source>Every two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="198" />
      <source>Every week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="46" />
      <source>Job club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="44" />
      <source>Networking event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="152" />
      <source>New event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="49" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="55" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="57" />
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="252" />
      <source>Stat&amp;us:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="345" />
      <source>The event ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="246" />
      <source>Time &amp;zone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="48" />
      <source>Webinar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportContactsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="66" />
      <source>&amp;Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="65" />
      <source>&amp;Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="55" />
      <source>All contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="34" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="32" />
      <source>CSV in Google Contacts' layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="50" />
      <source>Export contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="27" />
      <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/export_contacts.py" line="29" />
      <source>vCard files (*.vcf)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="193" />
      <source>%1 new, %2 to merge with people you already have, %3 with nothing new, %4 rejected.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="204" />
      <source>%n event(s) to add, %1 already in your calendar.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="213" />
      <source>%n warning(s): what was skipped or replaced; the rest imports</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="106" />
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="102" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="134" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="91" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="180" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="279" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="298" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="313" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Imported, but</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="280" />
      <source>Importing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="147" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="104" />
      <source>Merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="103" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="105" />
      <source>Nothing new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="173" />
      <source>Put new contacts in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="299" />
      <source>Reading files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="314" />
      <source>Reading the files stopped unexpectedly (its process ended with code %1). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="137" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="107" />
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="140" />
      <source>Rows that will not be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="170" />
      <source>Unplaced (sort them afterwards)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="75" />
      <source>a damaged value networkcircles does not keep was skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="74" />
      <source>a value too big to read was skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="77" />
      <source>an Exchange (X.500) address is not an e-mail address: another address of the person is used, or none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="76" />
      <source>an event repeating more often than daily is imported once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="73" />
      <source>damaged text: characters that could not be read show as �</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="58" />
      <source>line %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="58" />
      <source>record %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="54" />
      <source>the file cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="47" />
      <source>the file holds binary data, not contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="48" />
      <source>the file is cut off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="56" />
      <source>the file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="46" />
      <source>the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="49" />
      <source>the file is not what its name says</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="50" />
      <source>the header has no name column</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="51" />
      <source>this kind of file cannot be imported (use .vcf or .csv for contacts, .ics for events)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/import_preview.py" line="131" />
      <source>whole file: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LeadsPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="82" />
      <source>&amp;Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="84" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="83" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="47" />
      <source>All kinds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="55" />
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="223" />
      <source>Came through: {chain}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="49" />
      <source>Career fairs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="48" />
      <source>Companies hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="182" />
      <source>Double-click to open {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="65" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="78" />
      <source>Leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="215" />
      <source>Nobody is recorded as the source of this tip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="56" />
      <source>Open (not closed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="68" />
      <source>Shared by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="222" />
      <source>Shared by {person}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="69" />
      <source>Shared on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="45" />
      <source>Show kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="54" />
      <source>Show status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="85" />
      <source>Show who shared it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="67" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="163" />
      <source>Tool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="50" />
      <source>Tools and websites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/leads.py" line="66" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LogInteractionDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="73" />
      <source>&amp;Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="100" />
      <source>&amp;Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="74" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="75" />
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="76" />
      <source>&amp;Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="59" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="83" />
      <source>Done: clear it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="60" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="62" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="91" />
      <source>Follow-up due {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="85" />
      <source>Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="52" />
      <source>Log interaction with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="61" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="63" />
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="84" />
      <source>Move it to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="71" />
      <source>e.g. will introduce me to their manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/log_interaction.py" line="93" />
      <source>{about}: {note}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="410" />
      <source> (read-only)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/docks.py" line="451" />
      <source>%n follow-ups and events need you: see the Due list</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="244" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="233" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="268" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="667" />
      <source>&amp;Move to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="262" />
      <source>&amp;Reset Layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="252" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="157" />
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="163" />
      <source>Associations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="536" />
      <source>Cannot open the demo network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="123" />
      <source>Contact details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="613" />
      <source>Contact not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="120" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="160" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="162" />
      <source>Event calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="642" />
      <source>Flag as gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="161" />
      <source>Leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="424" />
      <source>Loading</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="272" />
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="158" />
      <source>Met at events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="164" />
      <source>Mix it up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="112" />
      <source>Network diagram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="448" />
      <source>One follow-up or event needs you: see the Due list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="235" />
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="269" />
      <source>Open the &amp;Demo Network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="179" />
      <source>Put back a copy of this network made earlier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="425" />
      <source>Reading the network…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="159" />
      <source>Reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="178" />
      <source>Restore from &amp;Backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="126" />
      <source>Sort unplaced people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="642" />
      <source>Unflag gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/main_window.py" line="560" />
      <source>the unplaced tray</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NetworkFiles</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="175" />
      <source>%n event(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="152" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="151" />
      <source>Calendars (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="89" />
      <source>Cannot open network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="150" />
      <source>Contacts (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="147" />
      <source>Contacts and calendars (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="280" />
      <location filename="../../networkcircles/ui/file_controller.py" line="290" />
      <source>Export calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="225" />
      <source>Export contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="245" />
      <location filename="../../networkcircles/ui/file_controller.py" line="256" />
      <location filename="../../networkcircles/ui/file_controller.py" line="298" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="269" />
      <source>Exported %n contact(s) to {path}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/file_controller.py" line="308" />
      <source>Exported %n event(s) to {path}</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="226" />
      <source>Exporting contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="291" />
      <source>Exporting events…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="143" />
      <source>Import contacts or events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="171" />
      <source>Imported: {added} added, {merged} merged, {events}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="115" />
      <source>New network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="213" />
      <source>Not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="259" />
      <source>Writing {path} stopped unexpectedly (its process ended with code {code}). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="193" />
      <source>a device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="191" />
      <source>a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="192" />
      <source>a pipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="194" />
      <source>a socket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="202" />
      <source>a special file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="282" />
      <source>iCalendar files (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="117" />
      <source>{path} already exists. Use File ▸ Open to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="91" />
      <source>{path} cannot be opened: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="247" />
      <location filename="../../networkcircles/ui/file_controller.py" line="300" />
      <source>{path} could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="208" />
      <source>{path}: it cannot be read ({reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/file_controller.py" line="204" />
      <source>{path}: it is {kind}, not a regular file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutreachChart</name>
    <message>
      <location filename="../../networkcircles/ui/panels/balance.py" line="37" />
      <source>Outreach per circle per week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PanelDocks</name>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="68" />
      <source>All your contacts and their circles; search or filter by circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="77" />
      <source>Associations compared by cost and return</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="72" />
      <source>Events where you met the selected contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="74" />
      <source>Follow-ups and events that are due, the most urgent first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="70" />
      <source>Give each unplaced person a circle, one by one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="78" />
      <source>How recently each circle heard from you: the ones you neglect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="75" />
      <source>Job leads and tips, and who shared them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="76" />
      <source>Networking events, career fairs, meetings and job clubs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="69" />
      <source>The selected contact's details, to read and edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="71" />
      <source>The selected contact's interactions, follow-up and introductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/docks.py" line="73" />
      <source>Whether the selected acquaintance should hear about your search</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>panels</name>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="24" />
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="22" />
      <source>Not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/widgets.py" line="23" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PitchDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="45" />
      <source>&amp;Industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="46" />
      <source>&amp;Locations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="47" />
      <source>&amp;Strengths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="48" />
      <source>&amp;What to tell people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="106" />
      <source>Keep it short: at most {most} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="44" />
      <source>Target &amp;roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="37" />
      <source>What you are looking for, and the few sentences an acquaintance can repeat to the people they meet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="30" />
      <source>Your pitch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/pitch.py" line="84" />
      <source>{used} of {most} characters</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintSummary</name>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="363" />
      <source>%1 (continued)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="630" />
      <source>%1 · for sharing</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="417" />
      <source>%n contacts are not yet placed in a circle.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="227" />
      <source>%n days ago</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="288" />
      <source>%n of them are left out: listed apart at the end, not among the people to tell.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/render.py" line="726" />
      <location filename="../../networkcircles/printing/summary.py" line="282" />
      <source>%n people</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="452" />
      <source>(%1 in %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="235" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>(overdue)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="415" />
      <source>1 contact is not yet placed in a circle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="287" />
      <source>1 of them is left out: listed apart at the end, not among the people to tell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="726" />
      <location filename="../../networkcircles/printing/summary.py" line="282" />
      <source>1 person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="378" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="529" />
      <source>Company or title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="381" />
      <source>Contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/output.py" line="95" />
      <source>Could not start printing (the printer or file refused).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="432" />
      <source>Cut along the dashed line and keep it with you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="476" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="478" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="533" />
      <source>Heard from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="206" />
      <location filename="../../networkcircles/printing/summary.py" line="312" />
      <source>How you know them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="559" />
      <source>Industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="199" />
      <location filename="../../networkcircles/printing/summary.py" line="302" />
      <source>Initials</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="530" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="380" />
      <source>Know I'm looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="202" />
      <location filename="../../networkcircles/printing/summary.py" line="211" />
      <source>Knows I'm looking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="200" />
      <location filename="../../networkcircles/printing/summary.py" line="209" />
      <location filename="../../networkcircles/printing/summary.py" line="303" />
      <location filename="../../networkcircles/printing/summary.py" line="314" />
      <source>Last contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="383" />
      <source>Last outreach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="363" />
      <source>Left out: they pass along gossip, cannot convey your situation, or have no useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="479" />
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="558" />
      <source>Looking for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="205" />
      <location filename="../../networkcircles/printing/summary.py" line="311" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="210" />
      <source>Next follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="201" />
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="361" />
      <source>No one in this circle yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="262" />
      <source>Nothing to print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="549" />
      <source>Open leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="207" />
      <location filename="../../networkcircles/printing/summary.py" line="313" />
      <source>Organisation and role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="382" />
      <source>Overdue follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="644" />
      <source>Page %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="379" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="208" />
      <source>Phone and e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="430" />
      <source>Pocket card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="643" />
      <source>Printed on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="531" />
      <source>Role or details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="532" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="561" />
      <source>Strengths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="530" />
      <source>The printer refused a new page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="416" />
      <location filename="../../networkcircles/printing/render.py" line="423" />
      <location filename="../../networkcircles/printing/summary.py" line="584" />
      <source>The whole network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="477" />
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="493" />
      <source>Times are in %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="494" />
      <source>Upcoming events (next %n days)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="564" />
      <source>What to tell people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="560" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="681" />
      <source>You</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="439" />
      <source>all day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="438" />
      <source>all day, to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="501" />
      <source>applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="293" />
      <source>ask the questions first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="488" />
      <source>contacted in the last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="489" />
      <source>follow-up due soon, or getting cold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="490" />
      <source>follow-up overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="500" />
      <source>heard of it</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/summary.py" line="227" />
      <source>in %n days</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="502" />
      <source>interviewing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="238" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <location filename="../../networkcircles/printing/summary.py" line="306" />
      <location filename="../../networkcircles/printing/summary.py" line="322" />
      <location filename="../../networkcircles/printing/summary.py" line="393" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/render.py" line="491" />
      <source>never contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="240" />
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="503" />
      <source>offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="509" />
      <source>resource</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="222" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="226" />
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="240" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="255" />
      <source>yes, since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/summary.py" line="224" />
      <source>yesterday</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PrintSummaryDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="73" />
      <source>Circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="246" />
      <source>Could not write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="81" />
      <source>Diagram and balance (first page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="105" />
      <source>For me</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="104" />
      <source>Landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="109" />
      <source>Names as initials; no phone numbers or e-mail addresses. Reliability notes are never printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="84" />
      <source>Open leads and tips</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="119" />
      <source>Orientation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="202" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="118" />
      <source>Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="82" />
      <source>People in each circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="85" />
      <source>Pocket card with your pitch (last page)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="103" />
      <source>Portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="124" />
      <source>Print Preview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="61" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="193" />
      <source>Print circle summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="94" />
      <source>Printed when you have written what to tell people, in both privacy modes: it holds only your own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="125" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="120" />
      <source>Privacy:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="200" />
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="213" />
      <source>Save as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="126" />
      <source>Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="78" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="106" />
      <source>To share with a coach or job club</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="83" />
      <source>Upcoming events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="256" />
      <source>Writing %1 stopped unexpectedly (its process ended with code %2). Nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/print_summary.py" line="214" />
      <source>Writing %1…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>questions</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="140" />
      <source>&amp;Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="141" />
      <source>&amp;Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="109" />
      <source>Circle colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="104" />
      <source>Circle name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="129" />
      <source>Clear Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="56" />
      <source>Delete contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="58" />
      <source>Delete {name} with their interactions and referrals?

You can undo this with Edit ▸ Undo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="118" />
      <source>Follow up with {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="48" />
      <source>Name of the new contact in {circle}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="47" />
      <source>New contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="77" />
      <source>New network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="71" />
      <source>Open network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="104" />
      <source>Rename circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="125" />
      <source>What to follow up about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/questions.py" line="29" />
      <source>networkcircles networks (*.sqlite *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReadOnlyState</name>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="100" />
      <source>This network is open read-only: another window is editing it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="95" />
      <source>This network is read-only: it belongs to another user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="97" />
      <source>This network is read-only: its disk is full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="99" />
      <source>This network is read-only: its folder or disk cannot be written to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/read_only.py" line="93" />
      <source>This network is read-only: the file is write-protected.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Recurrence</name>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="24" />
      <source>%1 and %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="118" />
      <source>%n times</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="114" />
      <source>at %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="57" />
      <source>day %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="79" />
      <source>every %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="73" />
      <source>every %n days</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="82" />
      <source>every %n months</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="80" />
      <source>every %n weeks on %1</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/printing/recurrence.py" line="84" />
      <source>every %n years</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="73" />
      <source>every day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="82" />
      <source>every month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="84" />
      <source>every year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="33" />
      <source>fifth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="29" />
      <source>first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="32" />
      <source>fourth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="34" />
      <source>last</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="75" />
      <location filename="../../networkcircles/printing/recurrence.py" line="83" />
      <location filename="../../networkcircles/printing/recurrence.py" line="94" />
      <source>on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="86" />
      <source>on %1 in %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="118" />
      <source>once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="109" />
      <source>repeats on a schedule of its own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="30" />
      <source>second</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="35" />
      <source>second to last</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="48" />
      <source>the %1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="56" />
      <source>the last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="91" />
      <source>the last day of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="31" />
      <source>third</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/printing/recurrence.py" line="116" />
      <source>until %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReliabilityPanel</name>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="58" />
      <source> a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="44" />
      <source>Acquaintances meet many people every day. Tell only those with useful contacts who can convey your situation accurately; leave out those who pass along gossip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="69" />
      <source>Can accurately convey my situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="184" />
      <source>Edit reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="67" />
      <source>Has useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="70" />
      <source>Just passes along gossip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="146" />
      <source>Leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="117" />
      <source>No contact selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="57" />
      <source>Not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="145" />
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="71" />
      <source>People they meet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="161" />
      <source>Still to find out: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="144" />
      <source>Tell them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="159" />
      <source>They cannot accurately convey your situation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="160" />
      <source>They have no useful contacts for your search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="165" />
      <source>They have useful contacts and can convey your situation accurately.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="157" />
      <source>They just pass along gossip: your news would travel as a rumour.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/reliability.py" line="172" />
      <source>They meet about %n people a day.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="170" />
      <source>They meet about one person a day.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="68" />
      <source>Whom they know</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="52" />
      <source>Whom, or which field, do they know?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="152" />
      <source>whether they can convey your situation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="151" />
      <source>whether they have useful contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/reliability.py" line="153" />
      <source>whether they pass along gossip</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="75" />
      <source>&amp;Restore…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="45" />
      <source>Backups of {name} are made each day you first open it, before an upgrade and before a restore. The last {keep} are kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="93" />
      <source>Before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="94" />
      <source>Before an upgrade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="91" />
      <source>First start of the day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="53" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="114" />
      <source>Replace the network with the backup of {when}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="41" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="111" />
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="139" />
      <source>Restore from Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="71" />
      <source>There are no backups of this network yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="116" />
      <source>What the network holds now is backed up first, so you can go back to it with Restore from Backup. Undo history is cleared.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="62" />
      <source>unreadable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/restore_backup.py" line="140" />
      <source>{name} cannot be restored: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SeriesScope</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="123" />
      <source>&amp;Cancel this occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="104" />
      <source>Delete event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="129" />
      <source>Delete the whole &amp;series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="106" />
      <source>Edit event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="121" />
      <source>Only &amp;this occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="127" />
      <source>The whole &amp;series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="109" />
      <source>This event repeats. Cancel only this occurrence, or delete the whole series with everyone met at it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/event_editor.py" line="115" />
      <source>This event repeats. Change only this occurrence, or the whole series?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreBridge</name>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="88" />
      <source>Putting the import back…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="87" />
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="80" />
      <source>Taking back the import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/bridge.py" line="80" />
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreLockedDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="17" />
      <source>Network already open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="28" />
      <source>Only one window at a time can change a network. You can look at it read-only here, or cancel and use the other window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="34" />
      <source>Open &amp;Read-Only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="23" />
      <source>{name} is in use by a command-line {role} ({holder}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/store_locked.py" line="21" />
      <source>{name} is open in another window ({holder}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncAccountsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="70" />
      <source>&amp;Add Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="64" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="71" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="72" />
      <source>&amp;Sync Now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="63" />
      <source>&amp;User:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="54" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="132" />
      <source>Added. Sync Now sends your network out and brings the server's contacts in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="46" />
      <source>Keep your contacts in step with the address book on your phone or mail account (Nextcloud, Fastmail, iCloud, Radicale…). Type your server's address; the address book is found from it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="62" />
      <source>Server &amp;address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="73" />
      <source>Show &amp;Log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="41" />
      <source>Sync Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="149" />
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="113" />
      <source>The server address starts with https:// (or http://).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="124" />
      <source>This system has no keyring to keep the password in. Set the environment variable NETWORKCIRCLES_PASSWORD before starting networkcircles instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="116" />
      <source>Type the user name of the account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="96" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="98" />
      <source>{user} at {url} — last sync: {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncConflictsDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="131" />
      <source>&amp;Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="133" />
      <source>&amp;Keep This Network's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="96" />
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="143" />
      <source>&lt;b&gt;Server&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="142" />
      <source>&lt;b&gt;This network&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="41" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="53" />
      <source>All day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="153" />
      <source>All from the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="152" />
      <source>All from this network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="47" />
      <source>Circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="58" />
      <source>Cost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="37" />
      <source>E-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="52" />
      <source>Ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="46" />
      <source>How known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="50" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="43" />
      <source>LinkedIn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="36" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="44" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="39" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="60" />
      <source>Organiser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="38" />
      <source>Phones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="57" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="48" />
      <source>Reliability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="55" />
      <source>Repeats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="40" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="56" />
      <source>Skipped dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="51" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="59" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="107" />
      <source>Sync Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="45" />
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="112" />
      <source>These were changed both here and on the server since the last sync. Pick the version to keep; the other one is kept in the notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="54" />
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="49" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="42" />
      <source>Website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="85" />
      <source>{field} here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_conflicts.py" line="88" />
      <source>{field} on the server</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/sync_controller.py" line="316" />
      <source>%n conflict(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="136" />
      <source>Add or remove CardDAV/CalDAV accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="349" />
      <source>Delete contacts?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="368" />
      <source>Last sync: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="135" />
      <source>Sync &amp;Accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="138" />
      <source>Sync &amp;Log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="300" />
      <source>Sync failed: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="145" />
      <source>Sync progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="304" />
      <source>Synced: {i} in, {o} out, {conflicts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="199" />
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="351" />
      <source>The server no longer has {n} of the {t} contacts synced with it (was the address book emptied?). Delete them here too?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="338" />
      <source>decided {name}: the server's {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="210" />
      <source>in %v/%m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="210" />
      <source>out %v/%m</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="281" />
      <source>{stamp} {account}: failed: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="272" />
      <source>{stamp} {account}: the server deleted {n} of {t} contacts; waiting for your answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="259" />
      <source>{stamp} {account}: {i} in, {o} out, {conflicts}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncLogDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="161" />
      <source>No sync yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="155" />
      <source>Sync Log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/sync_accounts.py" line="160" />
      <source>Sync log</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>theme</name>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="158" />
      <source>&amp;Dark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="157" />
      <source>&amp;Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="156" />
      <source>&amp;System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="164" />
      <source>&amp;Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="170" />
      <source>Dark text on a light background</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="169" />
      <source>Follow the light or dark look of the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/theme.py" line="171" />
      <source>Light text on a dark background</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TipDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="55" />
      <source>&amp;Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="54" />
      <source>&amp;Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="59" />
      <source>&amp;Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="57" />
      <source>&amp;Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="56" />
      <source>&amp;Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="60" />
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="115" />
      <source>'{text}' is not a date (YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="117" />
      <source>A job lead needs a company.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="138" />
      <source>Applied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="33" />
      <source>Career fair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="141" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="32" />
      <source>Company hiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="29" />
      <source>Edit tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="58" />
      <source>Fair &amp;date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="119" />
      <source>Give the fair or the resource a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="137" />
      <source>Heard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="139" />
      <source>Interviewing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="63" />
      <source>N&amp;otes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="29" />
      <source>New tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="43" />
      <source>Nobody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="140" />
      <source>Offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="61" />
      <source>Shared &amp;by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="62" />
      <source>Shared &amp;on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="34" />
      <source>Tool or website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/tip.py" line="49" />
      <source>YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TriagePanel</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="174" />
      <source>%1 of %2 · %n left to sort</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/panels/triage.py" line="165" />
      <source>%n left to sort</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="168" />
      <source>Everyone who came in has a circle. Backspace goes back to change one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="170" />
      <source>Imported contacts wait here until you give each a circle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="166" />
      <source>Nobody left to sort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="182" />
      <source>Now in: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="72" />
      <source>Skip (S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="200" />
      <source>Tags: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/panels/triage.py" line="71" />
      <source>← Back</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>undo</name>
    <message numerus="yes">
      <location filename="../../networkcircles/ui/commands.py" line="87" />
      <source>%n event(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="617" />
      <source>Add association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="106" />
      <source>Add contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="457" />
      <source>Add event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="318" />
      <source>Add introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="594" />
      <source>Add people met at event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="393" />
      <source>Add tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="520" />
      <source>Change one occurrence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="296" />
      <source>Clear follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="657" />
      <source>Delete association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="178" />
      <source>Delete contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="496" />
      <source>Delete event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="279" />
      <source>Delete interaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="378" />
      <source>Delete reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="423" />
      <source>Delete tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="644" />
      <source>Edit association</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="195" />
      <source>Edit circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="130" />
      <location filename="../../networkcircles/ui/commands.py" line="216" />
      <source>Edit contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="476" />
      <source>Edit event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="365" />
      <source>Edit reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="410" />
      <source>Edit tip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="438" />
      <source>Edit your pitch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="83" />
      <source>Import {added} added, {merged} merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="85" />
      <source>Import {added} added, {merged} merged, {events}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="543" />
      <source>Link people to event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="257" />
      <source>Log interaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="346" />
      <source>Log reference request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="232" />
      <source>Met a contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="147" />
      <source>Move contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="162" />
      <source>Move contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="331" />
      <source>Remove introduction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="296" />
      <source>Set follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="50" />
      <source>Sync (stopped part way)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/sync_controller.py" line="52" />
      <source>Sync ({n} in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/commands.py" line="565" />
      <source>Unlink people from event</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="30" />
      <source>&amp;Explore a demo network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="28" />
      <source>&amp;Start my network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="20" />
      <source>&lt;h2&gt;Your network, ring by ring&lt;/h2&gt;&lt;p&gt;Think of your network as the ripples from a stone dropped in a calm lake: family and friends at the centre, then former co-workers, fellow job seekers, associations, and acquaintances from the rest of life.&lt;/p&gt;&lt;p&gt;Reach out to every circle, not only the nearest.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../networkcircles/ui/dialogs/welcome.py" line="16" />
      <source>Welcome to networkcircles</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
