<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="Fundamental Rights" FOLDED="false" ID="ID_1723255651" CREATED="1709876543210" MODIFIED="1709876599999"><hook NAME="MapStyle">
    <properties edgeColorConfiguration="#808080ff" show_note_icons="true"/>
    <map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="bottom_or_right" STYLE="bubble"/>
</stylenode>
</map_styles>
</hook>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html><head></head><body><p>Part III, Articles 12 to 35.</p></body></html>
</richcontent>
<node TEXT="Right to Equality" POSITION="right" ID="ID_1" CREATED="1709876543211" MODIFIED="1709876543211">
<icon BUILTIN="idea"/>
<edge COLOR="#ff0000"/>
<node TEXT="Art 14 &#x2013; equality before law" ID="ID_2" CREATED="1" MODIFIED="1">
<attribute NAME="year" VALUE="1950"/>
</node>
<node ID="ID_3" CREATED="1" MODIFIED="1"><richcontent TYPE="NODE"><html><head></head><body><p><b>Art 17</b> abolishes untouchability</p></body></html></richcontent>
<richcontent TYPE="DETAILS"><html><body><p>Enforced by the Protection of Civil Rights Act, 1955.</p></body></html></richcontent>
</node>
</node>
<node TEXT="Right to Life" POSITION="left" ID="ID_4" CREATED="1" MODIFIED="1">
<arrowlink DESTINATION="ID_1" MIDDLE_LABEL="read with" STARTINCLINATION="1;1;" ENDINCLINATION="1;1;"/>
<node TEXT="Art 21 &amp; privacy (Puttaswamy, 2017)" ID="ID_5" CREATED="1" MODIFIED="1"/>
</node>
</node>
</map>
