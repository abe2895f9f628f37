<map version="freeplane 1.11.5">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="Alauddin Khalji&apos;s Market Reforms (1296&#x2013;1316)" FOLDED="false" ID="ID_1050762597" CREATED="1752899520244" MODIFIED="1754842620390" STYLE="oval"><hook NAME="MapStyle" zoom="0.909">
    <properties edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff" show_icon_for_attributes="true" associatedTemplateLocation="template:/standard-1.6.mm" show_note_icons="true" fit_to_viewport="false"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" ICON_SIZE="12 pt" COLOR="#000000" STYLE="fork">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_271890427" STARTARROW="NONE" ENDARROW="DEFAULT"/>
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
<richcontent TYPE="DETAILS" CONTENT-TYPE="plain/auto"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.tags">
<font SIZE="10"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.selection" BACKGROUND_COLOR="#afd3f7" BORDER_COLOR_LIKE_EDGE="false" BORDER_COLOR="#afd3f7"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.topic" COLOR="#18898b" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subtopic" COLOR="#cc3300" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subsubtopic" COLOR="#669900">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.important" ID="ID_67550811">
<icon BUILTIN="yes"/>
<arrowlink COLOR="#003399" TRANSPARENCY="255" DESTINATION="ID_67550811"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10 pt" SHAPE_VERTICAL_MARGIN="10 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,2" COLOR="#00b439">
<font SIZE="14"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,3" COLOR="#990000">
<font SIZE="12"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,4" COLOR="#111111">
<font SIZE="10"/>
</stylenode>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="11" RULE="ON_BRANCH_CREATION"/>
<font SIZE="18"/>
<richcontent TYPE="DETAILS" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      GS1 Medieval History | Lec 12 revision map | v3 (after mock 4)
    </p>
  </body>
</html></richcontent>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Alauddin Khalji fixed the prices of almost everything sold in Delhi
      &#8211; grain, cloth, horses, cattle and slaves &#8211; and enforced them
      through officials, spies and harsh punishment.
    </p>
    <p>
      Barani calls these rules zawabit (regulations). Together with the
      land-revenue changes in the Doab they are known as his market control or
      price control policy.
    </p>
  </body>
</html></richcontent>
<node TEXT="Why? (aims)" POSITION="bottom_or_right" ID="ID_486225335" CREATED="1752899700335" MODIFIED="1752899819042" COLOR="#0033ff">
<edge COLOR="#ff0000"/>
<icon BUILTIN="help"/>
<node TEXT="Mongol threat" ID="ID_1259235735" CREATED="1752899744224" MODIFIED="1752899751654">
<icon BUILTIN="messagebox_warning"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Mongol armies reached Delhi twice: Qutlugh Khwaja in 1299 (battle of Kili,
      where Zafar Khan fell) and Targhi in 1303.
    </p>
    <p>
      Targhi camped near Delhi for two months while Alauddin entrenched at Siri.
      After he left, the Sultan built the Siri fort and repaired the forts on
      the Mongol route.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="47.25 pt" VALUE_WIDTH="47.25 pt"/>
<attribute NAME="year" VALUE="1303" OBJECT="org.freeplane.features.format.FormattedNumber|1303"/>
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_1125963487" MIDDLE_LABEL="needs" STARTINSET="55.25 pt;0 pt;" ENDINSET="64.5 pt;-14 pt;" STARTARROW="NONE" ENDARROW="DEFAULT"/>
</node>
<node TEXT="Big army on low pay" ID="ID_2083590009" CREATED="1752899758855" MODIFIED="1752899891831">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Barani: the aim was to keep a huge cavalry without emptying the treasury,
      so salaries could stay low only if prices were low too.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Other views" ID="ID_71891423" CREATED="1752899787288" MODIFIED="1752900029127">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Amir Khusrau presents the controls as welfare for the people of Delhi.
    </p>
    <p>
      Some modern historians add that the gold and silver looted from Devagiri
      (1296) and later raids pushed prices up and had to be checked.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Revolts and the four ordinances" ID="ID_401313974" CREATED="1752899819920" MODIFIED="1752899917897">
<icon BUILTIN="stop-sign"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Early in the reign came a string of revolts: Akat Khan's attack on the
      Sultan during the Ranthambore siege, his nephews' risings in Badaun and
      Awadh, and Haji Maula's outbreak in Delhi.
    </p>
    <p>
      The answer was four ordinances: religious and charity grants (milk, inam,
      waqf) taken back, a spy network, liquor banned in Delhi, and no feasts or
      marriages among nobles without leave.
    </p>
    <p>
      The market rules grew out of the same urge to control everything from the
      centre.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Sources" POSITION="top_or_left" ID="ID_787250828" CREATED="1752900540475" MODIFIED="1752900656962" COLOR="#00b439">
<edge COLOR="#0000ff"/>
<icon BUILTIN="bookmark"/>
<node TEXT="Barani &#x2013; Tarikh-i-Firoz Shahi (1357)" ID="ID_1664858871" CREATED="1752900567437" MODIFIED="1752900598184">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Written about forty years after Alauddin died; gives the price lists in
      detail. Barani admires the results but dislikes the Sultan for ruling
      without regard to the sharia.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Amir Khusrau &#x2013; Khazain-ul-Futuh (1311)" ID="ID_1546249178" CREATED="1752900603472" MODIFIED="1752900680974">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Court poet's prose account of the reign; the official view, silent on the
      hardships.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Ferishta (early 1600s)" ID="ID_937296649" CREATED="1752900658395" MODIFIED="1752900811515">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Much later Deccani historian; the source for the figure of 4,75,000
      cavalry.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Four markets" POSITION="bottom_or_right" ID="ID_1990655382" CREATED="1752901260029" MODIFIED="1752901370316" COLOR="#990000">
<edge COLOR="#00ff00"/>
<icon BUILTIN="full-4"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Barani lists four markets, each with its own rules and officials.
    </p>
  </body>
</html></richcontent>
<node ID="ID_209215030" CREATED="1752901298275" MODIFIED="1752901349352">
<richcontent TYPE="NODE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      <b>Mandi</b> (grain market)
    </p>
  </body>
</html></richcontent>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      All food grains were sold here at the fixed rates. Grain dealers were
      registered and their stocks checked.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Sarai-i-Adl (cloth &amp; costly goods)" ID="ID_1146113254" CREATED="1752901310279" MODIFIED="1752901590091">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Cloth, sugar, dry fruits, ghee and lamp oil. It stood in the open ground
      inside the Badaun gate of Delhi.
    </p>
    <p>
      Traders had to register and bring their goods only here. Multani merchants
      were given advances from the treasury to bring in costly cloth.
    </p>
  </body>
</html></richcontent>
<node TEXT="Parwana system" ID="ID_512741081" CREATED="1752901346781" MODIFIED="1752901396249">
<icon BUILTIN="password"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Costly silk and fine cloth could be bought only with a permit (parwana)
      from the parwana-navis, so nobles could not buy cheap and resell.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Merchants&apos; register" ID="ID_1518669045" CREATED="1752901400081" MODIFIED="1752901470849">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Every cloth trader had to enter his name in a register at the Sarai-i-Adl
      and sign a bond to bring a fixed quantity of goods to Delhi each year.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Horses, cattle &amp; slaves" ID="ID_361448878" CREATED="1752901433598" MODIFIED="1752901446130">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Brokers (dalals) were driven out of the horse trade. Horses were graded,
      and the best horses were priced at 100&#8211;120 tankas.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="General market" ID="ID_136323326" CREATED="1752901468110" MODIFIED="1752901501392">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      For everything else, from caps and shoes to combs and needles.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Officials &amp; spies" POSITION="top_or_left" ID="ID_1163731573" CREATED="1752902280220" MODIFIED="1752902488622" COLOR="#0033ff">
<edge COLOR="#ff00ff"/>
<icon BUILTIN="group"/>
<node TEXT="Diwan-i-Riyasat" ID="ID_1667061534" CREATED="1752902323179" MODIFIED="1752902430176">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      The department of markets; its head, the naib-i-riyasat, was Malik Yaqub.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Shahna-i-Mandi" ID="ID_1819926952" CREATED="1752902333268" MODIFIED="1752902477586">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Malik Qabul Ulugh Khani, the superintendent of the grain market, with a
      mounted force under him.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Barids &amp; munhiyan" ID="ID_1858537447" CREATED="1752902389179" MODIFIED="1752902542923">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Reporters and secret informers who sent the Sultan separate daily reports
      on prices and weights, so each could be checked against the other.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Boys sent to buy" ID="ID_1315186998" CREATED="1752902445628" MODIFIED="1752902466718">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      The Sultan sent slave boys to buy goods and had the weight checked. For
      every unit of short weight, the same weight of flesh was cut from the
      shopkeeper.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Price list (Delhi)" POSITION="bottom_or_right" ID="ID_1530224534" CREATED="1752903180534" MODIFIED="1752903254123" COLOR="#00b439">
<edge COLOR="#00ffff"/>
<icon BUILTIN="emoji-1F4B0"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      1 silver tanka = 48 jitals.
    </p>
    <p>
      Barani insists the rates did not move by even a dang while Alauddin lived,
      not even in years of poor rain.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="94.50 pt" VALUE_WIDTH="135.00 pt"/>
<attribute NAME="wheat" VALUE="7&#xbd; jitals per man"/>
<attribute NAME="barley" VALUE="4 jitals per man"/>
<attribute NAME="paddy" VALUE="5 jitals per man"/>
<attribute NAME="gram" VALUE="5 jitals per man"/>
<attribute NAME="mash (urad)" VALUE="5 jitals per man"/>
<attribute NAME="moth" VALUE="3 jitals per man"/>
</node>
<node TEXT="Supply &amp; enforcement" FOLDED="true" POSITION="top_or_left" ID="ID_1495429590" CREATED="1752903720237" MODIFIED="1752904009620" COLOR="#990000">
<edge COLOR="#7c0000"/>
<icon BUILTIN="yes"/>
<node TEXT="Grain revenue in kind" ID="ID_2114657539" CREATED="1752903765226" MODIFIED="1752903905787">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Land revenue of the khalisa villages in the Doab and around Delhi was
      collected in grain and stored in the royal granaries of the city.
    </p>
  </body>
</html></richcontent>
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_209215030" MIDDLE_LABEL="feeds" STARTINSET="66.25 pt;0 pt;" ENDINSET="40.5 pt;-10 pt;" STARTARROW="NONE" ENDARROW="DEFAULT"/>
</node>
<node TEXT="Karwanis (banjaras)" ID="ID_768950639" CREATED="1752903812939" MODIFIED="1752904000671">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      The grain carriers were registered under the shahna; their families had to
      live on the banks of the Jamuna as surety.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="No hoarding" ID="ID_1514949739" CREATED="1752903857319" MODIFIED="1752904151467">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Hoarding (ihtikar) was banned. Peasants had to sell their surplus at the
      field to registered traders at fixed rates.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Rationing" ID="ID_1580777891" CREATED="1752903907232" MODIFIED="1752903993164">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      In a drought each household could buy only a fixed daily quantity of
      grain, and the mandi officers saw that the poor were not pushed aside.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Agrarian reforms" POSITION="bottom_or_right" ID="ID_1429465901" CREATED="1752904560901" MODIFIED="1752904609891" COLOR="#0033ff">
<edge COLOR="#00007c"/>
<icon BUILTIN="idea"/>
<node TEXT="Half the produce as kharaj" ID="ID_1780752505" CREATED="1752904571573" MODIFIED="1752904630615">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Land revenue was raised to 50% of the produce, assessed by measurement
      (masahat) per biswa of land.
    </p>
    <p>
      No deductions were allowed: the same rules applied to the headmen as to
      the ordinary peasant, the strong and the weak alike.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Charai &amp; ghari" ID="ID_1956213176" CREATED="1752904606030" MODIFIED="1752904783621">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Grazing tax on milch cattle and a house tax.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Khuts, muqaddams, chaudhuris cut down" ID="ID_1179911749" CREATED="1752904660668" MODIFIED="1752904873020">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      They lost their exemption from tax and their own cess on the peasants.
      Barani says they could no longer ride horses, carry arms or wear fine
      clothes.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Diwan-i-Mustakhraj" ID="ID_1305276665" CREATED="1752904684404" MODIFIED="1752904703075">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Set up to squeeze unpaid revenue out of village officials; amils and
      patwaris were jailed and beaten for small dues.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Army reforms" POSITION="top_or_left" ID="ID_1125963487" CREATED="1752905400134" MODIFIED="1752905599315" COLOR="#00b439">
<edge COLOR="#007c00"/>
<icon BUILTIN="flag"/>
<node TEXT="Dagh &amp; huliya" ID="ID_1033299655" CREATED="1752905413460" MODIFIED="1752905665730">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Dagh: branding of horses, so a good horse could not be swapped for a poor
      one at the muster.
    </p>
    <p>
      Huliya: descriptive roll (huliya, later chehra) of each soldier, kept by
      the ariz.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Cash salary" ID="ID_772567032" CREATED="1752905450907" MODIFIED="1752905563809">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Barani: 234 tankas a year for a trooper with one horse, and 78 tankas more
      for a second horse.
    </p>
  </body>
</html></richcontent>
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_1530224534" MIDDLE_LABEL="only works if prices stay low" STARTINSET="59.25 pt;0 pt;" ENDINSET="64.5 pt;-14 pt;" STARTARROW="NONE" ENDARROW="DEFAULT"/>
</node>
<node TEXT="Standing army at Delhi" ID="ID_1660984887" CREATED="1752905496129" MODIFIED="1752905601642">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Paid from the treasury, not through iqtas; kept near the capital to meet
      the Mongols.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Assessment" POSITION="bottom_or_right" ID="ID_958539348" CREATED="1752906480995" MODIFIED="1752906639301" COLOR="#990000">
<edge COLOR="#7c007c"/>
<icon BUILTIN="messagebox_warning"/>
<node TEXT="Worked" ID="ID_1629638872" CREATED="1752906511771" MODIFIED="1752906609632">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Prices stayed low and steady in Delhi through the reign, and the Mongols
      were beaten in 1305 (Amroha) and 1306 (Ravi).
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Costs" ID="ID_1810471719" CREATED="1752906536534" MODIFIED="1752906602831">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Merchants' profits were squeezed, the peasants of the Doab paid half their
      crop, and the whole system rested on fear of one ruler.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="End" ID="ID_1855068962" CREATED="1752906554505" MODIFIED="1752906631690">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      The controls collapsed soon after his death in 1316; Qutbuddin Mubarak
      Shah let them lapse.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Only Delhi?" ID="ID_667839855" CREATED="1752906568254" MODIFIED="1752906731300">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Debated. Barani describes the capital and its army only; there is no clear
      evidence of fixed prices in the provinces.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Historians&apos; view" ID="ID_1500352924" CREATED="1752906597615" MODIFIED="1752906888200">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Most modern writers treat the reforms as a wartime measure for the capital
      rather than a welfare scheme. The burden fell on the traders and on the
      peasants of the Doab, whose grain fed Delhi cheaply.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Current affairs link (2023&#x2013;25)" POSITION="top_or_left" ID="ID_1064496965" CREATED="1754840100612" MODIFIED="1754842620788" COLOR="#0033ff">
<edge COLOR="#007c7c"/>
<cloud COLOR="#f0f0f0" SHAPE="ARC"/>
<font BOLD="true"/>
<icon BUILTIN="calendar"/>
<node TEXT="Bharat Atta" ID="ID_1741017387" CREATED="1754840146461" MODIFIED="1754840271514">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Launched on 6 Nov 2023 by the Centre at &#8377;27.50 a kg through NAFED,
      NCCF and Kendriya Bhandar outlets to cool wheat-flour prices.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="74.25 pt" VALUE_WIDTH="87.75 pt"/>
<attribute NAME="launched" VALUE="2023-11-06" OBJECT="org.freeplane.features.format.FormattedDate|2023-11-06T00:00+0530|date"/>
</node>
<node TEXT="Bharat Rice" ID="ID_863590902" CREATED="1754840156862" MODIFIED="1754840367699">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Sold from 6 Feb 2024 at &#8377;29 a kg in 5 kg and 10 kg bags.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="74.25 pt" VALUE_WIDTH="87.75 pt"/>
<attribute NAME="launched" VALUE="2024-02-06" OBJECT="org.freeplane.features.format.FormattedDate|2024-02-06T00:00+0530|date"/>
</node>
<node TEXT="Bharat phase II" ID="ID_88850926" CREATED="1754840190935" MODIFIED="1754840212627">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      From 5 Nov 2024: atta at &#8377;30 and rice at &#8377;34 a kg.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="74.25 pt" VALUE_WIDTH="87.75 pt"/>
<attribute NAME="launched" VALUE="2024-11-05" OBJECT="org.freeplane.features.format.FormattedDate|2024-11-05T00:00+0530|date"/>
</node>
<node TEXT="Wheat stock limits" ID="ID_1387190371" CREATED="1754840217255" MODIFIED="1754840480212">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Stock limits on wheat for traders, wholesalers and big retail chains,
      imposed on 12 June 2023 (the first time in 15 years) and again on 24 June
      2024.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="54.00 pt" VALUE_WIDTH="87.75 pt"/>
<attribute NAME="first" VALUE="2023-06-12" OBJECT="org.freeplane.features.format.FormattedDate|2023-06-12T00:00+0530|date"/>
</node>
<node TEXT="Onion export ban" ID="ID_758975874" CREATED="1754840246612" MODIFIED="1754840356196">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Banned from 8 Dec 2023 to keep retail prices down; lifted on 4 May 2024
      with a minimum export price of $550 a tonne.
    </p>
  </body>
</html></richcontent>
<attribute_layout NAME_WIDTH="47.25 pt" VALUE_WIDTH="87.75 pt"/>
<attribute NAME="from" VALUE="2023-12-08" OBJECT="org.freeplane.features.format.FormattedDate|2023-12-08T00:00+0530|date"/>
</node>
<node TEXT="Mains angle" ID="ID_2037301414" CREATED="1754840266428" MODIFIED="1754840388104">
<icon BUILTIN="idea"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Alauddin fixed prices by order and fear. Today the state works through
      buffer stocks, open market sales (OMSS), stock limits and export curbs
      under the Essential Commodities Act, 1955.
    </p>
  </body>
</html></richcontent>
</node>
</node>
<node TEXT="Exam corner" FOLDED="true" POSITION="bottom_or_right" ID="ID_1912916517" CREATED="1752983040517" MODIFIED="1752983207537" COLOR="#00b439">
<edge COLOR="#7c7c00"/>
<icon BUILTIN="yes"/>
<node TEXT="MCQ (practice)" ID="ID_1149733432" CREATED="1752983078271" MODIFIED="1752983283255">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Q. Consider: 1. Alauddin's Sarai-i-Adl sold mainly food grains. 2. The
      Shahna-i-Mandi supervised the grain market. Which is/are correct?
    </p>
    <p>
      Answer: 2 only. The Sarai-i-Adl was the market for cloth and costly goods.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Mains question" ID="ID_1993116749" CREATED="1752983135883" MODIFIED="1752983322483">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Q. Were Alauddin Khalji's market reforms an economic policy or a military
      necessity? Examine. (150 words)
    </p>
    <ul>
      <li>
        Intro: what the controls were and when
      </li>
      <li>
        Body: Mongol pressure and the size of the army; Barani against Khusrau;
        supply chain from the Doab
      </li>
      <li>
        Limits: Delhi only, rested on fear, gone after 1316
      </li>
      <li>
        Conclusion: contrast with today's price policy (see the current affairs
        branch)
      </li>
    </ul>
  </body>
</html></richcontent>
</node>
<node TEXT="Mnemonic" ID="ID_1004954100" CREATED="1752983144484" MODIFIED="1752983389834">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      MSHG for the four markets: Mandi, Sarai-i-Adl, Horses, General.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Linked notes" ID="ID_1699929355" CREATED="1752983155441" MODIFIED="1752983194750">
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Iqta and the diwans: Lec 11 AsciiDoc notes. Token currency and Daulatabad:
      the YouTube class on Muhammad bin Tughlaq.
    </p>
  </body>
</html></richcontent>
</node>
<node TEXT="Lecture video" ID="ID_279452714" CREATED="1752983178053" MODIFIED="1752983246278" LINK="https://en.wikipedia.org/wiki/Alauddin_Khalji">
<icon BUILTIN="bookmark"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Wiki page for dates; the class recording is on the batch drive.
    </p>
  </body>
</html></richcontent>
</node>
</node>
</node>
</map>
