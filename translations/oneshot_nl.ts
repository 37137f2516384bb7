<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>QObject</name>
    <message>
        <source>Usage: oneshot COMMAND [options]

Commands:
</source>
        <translation>Gebruik: oneshot OPDRACHT [opties]

Opdrachten:
</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>fout: </translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

</source>
        <translation>Onbekende opdracht &apos;%1&apos;.

</translation>
    </message>
    <message>
        <source>Unknown option %1
</source>
        <translation>Onbekende optie %1
</translation>
    </message>
    <message>
        <source>Loads the Omniglot background and evaluation sets and prints their counts.</source>
        <translation>Laadt de Omniglot-sets background en evaluation en toont hun aantallen.</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips or extracted folders.</source>
        <translation>Map met de Omniglot-zips of uitgepakte mappen.</translation>
    </message>
    <message>
        <source>background, evaluation or both (default).</source>
        <translation>background, evaluation of both (standaard).</translation>
    </message>
    <message>
        <source>Decoding threads (0: all cores).</source>
        <translation>Threads voor het decoderen (0: alle kernen).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Eén JSON-object afdrukken.</translation>
    </message>
    <message>
        <source>Unknown set &apos;%1&apos; (expected background, evaluation or both)</source>
        <translation>Onbekende set &apos;%1&apos; (verwacht: background, evaluation of both)</translation>
    </message>
    <message>
        <source>Omniglot in %1
</source>
        <translation>Omniglot in %1
</translation>
    </message>
    <message>
        <source>  %1: %2 alphabets, %3 characters, %4 images, %5 drawers per character (%6)
</source>
        <translation>  %1: %2 alfabetten, %3 tekens, %4 afbeeldingen, %5 tekenaars per teken (%6)
</translation>
    </message>
    <message>
        <source>  loaded in %1 s, %2 MB in memory
</source>
        <translation>  geladen in %1 s, %2 MB in het geheugen
</translation>
    </message>
    <message>
        <source>Downloads the official Omniglot zips, checks size, md5 and content, and renames them into place.</source>
        <translation>Downloadt de officiële Omniglot-zips, controleert grootte, md5 en inhoud en zet ze op hun plaats.</translation>
    </message>
    <message>
        <source>Target folder (default: the app&apos;s data folder).</source>
        <translation>Doelmap (standaard: de gegevensmap van de app).</translation>
    </message>
    <message>
        <source>Fetch from this address instead of the official one (a mirror).</source>
        <translation>Van dit adres ophalen in plaats van het officiële (een mirror).</translation>
    </message>
    <message>
        <source>Skip the size and md5 check (for rebuilt copies); the content is still checked.</source>
        <translation>Grootte- en md5-controle overslaan (voor opnieuw gebouwde kopieën); de inhoud wordt nog steeds gecontroleerd.</translation>
    </message>
    <message>
        <source>%1: done, checked
</source>
        <translation>%1: klaar, gecontroleerd
</translation>
    </message>
    <message>
        <source>Omniglot is in %1
</source>
        <translation>Omniglot staat in %1
</translation>
    </message>
    <message>
        <source>Model %1, %2 parameters; %3; device %4, %5 threads
</source>
        <translation>Model %1, %2 parameters; %3; apparaat %4, %5 threads
</translation>
    </message>
    <message>
        <source>epoch %1  %2  train loss %3  val loss %4  verification %5 (tuned %6)  one-shot %7%8
</source>
        <translation>epoch %1  %2  trainingsverlies %3  val.-verlies %4  verificatie %5 (afgestemd %6)  one-shot %7%8
</translation>
    </message>
    <message>
        <source>--device cuda: this LibTorch has no CUDA or no GPU is visible</source>
        <translation>--device cuda: deze LibTorch heeft geen CUDA of er is geen GPU zichtbaar</translation>
    </message>
    <message>
        <source>A checkpoint file.</source>
        <translation>Een checkpointbestand.</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu of cuda.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 trials correct in %4 runs: accuracy %5% (error %6%), %7 s
</source>
        <translation>%1: %2 van %3 proeven goed in %4 runs: nauwkeurigheid %5% (fout %6%), %7 s
</translation>
    </message>
    <message>
        <source>Trains a Siamese network and writes a run folder (config.json, metrics.csv, checkpoints, result.json).</source>
        <translation>Traint een Siamees netwerk en schrijft een runmap (config.json, metrics.csv, checkpoints, result.json).</translation>
    </message>
    <message>
        <source>Omniglot data folder (found automatically if omitted).</source>
        <translation>Omniglot-gegevensmap (wordt automatisch gevonden als die ontbreekt).</translation>
    </message>
    <message>
        <source>The run folder to create.</source>
        <translation>De runmap die wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Resume the run in RUNDIR from its last checkpoint.</source>
        <translation>De run in RUNMAP hervatten vanaf het laatste checkpoint.</translation>
    </message>
    <message>
        <source>Print JSON lines (start, epoch, result) instead of text.</source>
        <translation>JSON-regels afdrukken (start, epoch, resultaat) in plaats van tekst.</translation>
    </message>
    <message>
        <source>Give --out RUNDIR for the new run (or --resume RUNDIR)</source>
        <translation>Geef --out RUNMAP voor de nieuwe run (of --resume RUNMAP)</translation>
    </message>
    <message>
        <source>Run %1 ended (%2) after %3 epochs, %4 steps, %5.
</source>
        <translation>Run %1 beëindigd (%2) na %3 epochs, %4 stappen, %5.
</translation>
    </message>
    <message>
        <source>Best epoch %1: validation one-shot %2, verification %3 (tuned)
</source>
        <translation>Beste epoch %1: validatie one-shot %2, verificatie %3 (afgestemd)
</translation>
    </message>
    <message>
        <source>Test (%1 protocol, %2): %3 of %4 correct, accuracy %5
</source>
        <translation>Test (protocol %1, %2): %3 van %4 goed, nauwkeurigheid %5
</translation>
    </message>
    <message>
        <source>Run set zip or folder (default: all_runs.zip of the data folder).</source>
        <translation>Runset als zip of map (standaard: all_runs.zip in de gegevensmap).</translation>
    </message>
    <message>
        <source>Omniglot data folder, to find all_runs.zip.</source>
        <translation>Omniglot-gegevensmap, om all_runs.zip te vinden.</translation>
    </message>
    <message>
        <source>CPU threads (0: all).</source>
        <translation>CPU-threads (0: alle).</translation>
    </message>
    <message>
        <source>Computes a baseline on one-shot run sets: nearest neighbour on pixels, or Lake&apos;s modified Hausdorff distance.</source>
        <translation>Berekent een basislijn op one-shot-runsets: naaste buur op pixels, of Lakes gemodificeerde Hausdorff-afstand.</translation>
    </message>
    <message>
        <source>pixels or hausdorff.</source>
        <translation>pixels of hausdorff.</translation>
    </message>
    <message>
        <source>--method must be pixels or hausdorff, got &apos;%1&apos;</source>
        <translation>--method moet pixels of hausdorff zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The similarity of two images, through the same preprocessing as a dropped image.</source>
        <translation>De gelijkenis van twee afbeeldingen, via dezelfde voorbewerking als een neergezette afbeelding.</translation>
    </message>
    <message>
        <source>First image.</source>
        <translation>Eerste afbeelding.</translation>
    </message>
    <message>
        <source>Second image.</source>
        <translation>Tweede afbeelding.</translation>
    </message>
    <message>
        <source>Give two images</source>
        <translation>Geef twee afbeeldingen</translation>
    </message>
    <message>
        <source>probability same: %1 (logit %2)
</source>
        <translation>kans op hetzelfde: %1 (logit %2)
</translation>
    </message>
    <message>
        <source>One range for all filters (zero is mid grey) instead of one per filter.</source>
        <translation>Eén bereik voor alle filters (nul is middengrijs) in plaats van één per filter.</translation>
    </message>
    <message>
        <source>Give --out FILE.png</source>
        <translation>Geef --out BESTAND.png</translation>
    </message>
    <message>
        <source>Any image; preprocessed like a dropped one.</source>
        <translation>Elke afbeelding; voorbewerkt zoals een neergezette.</translation>
    </message>
    <message>
        <source>Give one IMAGE and --out DIR</source>
        <translation>Geef één AFBEELDING en --out MAP</translation>
    </message>
    <message>
        <source>Writes weights.pt, spec.json and model.py: a folder PyTorch users can load with model.load(folder).</source>
        <translation>Schrijft weights.pt, spec.json en model.py: een map die PyTorch-gebruikers laden met model.load(map).</translation>
    </message>
    <message>
        <source>Folder to write.</source>
        <translation>Map om te schrijven.</translation>
    </message>
    <message>
        <source>Give --out DIR</source>
        <translation>Geef --out MAP</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 (%2): no such folder</source>
        <translation>%1 (%2): map bestaat niet</translation>
    </message>
    <message>
        <source>%1 (%2): no images_background.zip or images_background/</source>
        <translation>%1 (%2): geen images_background.zip of images_background/</translation>
    </message>
    <message>
        <source>Omniglot data not found. Looked in:</source>
        <translation>Omniglot-gegevens niet gevonden. Gezocht in:</translation>
    </message>
    <message>
        <source>Pass --data FOLDER, set ONESHOT_DATA, or run &apos;oneshot download&apos; to fetch the official zips into %1.</source>
        <translation>Geef --data MAP, zet ONESHOT_DATA, of voer &apos;oneshot download&apos; uit om de officiële zips op te halen naar %1.</translation>
    </message>
    <message>
        <source>Unknown distortion &apos;%1&apos; (expected one of: %2)</source>
        <translation>Onbekende vervorming &apos;%1&apos; (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Kan map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>Download van %1 geannuleerd</translation>
    </message>
    <message>
        <source>Download of %1 failed: HTTP status %2</source>
        <translation>Download van %1 mislukt: HTTP-status %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Download van %1 mislukt: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, expected %3 (truncated or changed download)</source>
        <translation>%1 heeft %2 bytes, verwacht %3 (afgebroken of gewijzigde download)</translation>
    </message>
    <message>
        <source>%1 has md5 %2, expected %3</source>
        <translation>%1 heeft md5 %2, verwacht %3</translation>
    </message>
    <message>
        <source>%1 holds %2 characters and %3 images, expected %4 and %5</source>
        <translation>%1 bevat %2 tekens en %3 afbeeldingen, verwacht %4 en %5</translation>
    </message>
    <message>
        <source>Downloaded file from %1 is not a valid Omniglot zip: %2</source>
        <translation>Gedownload bestand van %1 is geen geldige Omniglot-zip: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Kan %1 niet hernoemen naar %2</translation>
    </message>
    <message>
        <source>Unexpected file %1: Omniglot images must be named &lt;Alphabet&gt;/characterNN/&lt;id&gt;_&lt;drawer&gt;.png</source>
        <translation>Onverwacht bestand %1: Omniglot-afbeeldingen heten &lt;Alfabet&gt;/characterNN/&lt;id&gt;_&lt;tekenaar&gt;.png</translation>
    </message>
    <message>
        <source>Invalid character id or drawer in %1</source>
        <translation>Ongeldig teken-id of ongeldige tekenaar in %1</translation>
    </message>
    <message>
        <source>Unexpected entry %1: an Omniglot zip holds only PNG images</source>
        <translation>Onverwachte entry %1: een Omniglot-zip bevat alleen PNG-afbeeldingen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Omniglot data not found: %1</source>
        <translation>Omniglot-gegevens niet gevonden: %1</translation>
    </message>
    <message>
        <source>No Omniglot images in %1</source>
        <translation>Geen Omniglot-afbeeldingen in %1</translation>
    </message>
    <message>
        <source>Image %1 is %2x%3 pixels; Omniglot images are %4x%4</source>
        <translation>Afbeelding %1 is %2x%3 pixels; Omniglot-afbeeldingen zijn %4x%4</translation>
    </message>
    <message>
        <source>Character id %1 appears in two folders: %2 and %3</source>
        <translation>Teken-id %1 staat in twee mappen: %2 en %3</translation>
    </message>
    <message>
        <source>Duplicate drawer %1 for character %2 in %3</source>
        <translation>Dubbele tekenaar %1 voor teken %2 in %3</translation>
    </message>
    <message>
        <source>Omniglot data folder not found: %1</source>
        <translation>Omniglot-gegevensmap niet gevonden: %1</translation>
    </message>
    <message>
        <source>Neither %1.zip nor the folder %1 exists</source>
        <translation>%1.zip en de map %1 bestaan geen van beide</translation>
    </message>
    <message>
        <source>Character id %1 is in both sets</source>
        <translation>Teken-id %1 staat in beide sets</translation>
    </message>
    <message>
        <source>Run set not found: %1</source>
        <translation>Runset niet gevonden: %1</translation>
    </message>
    <message>
        <source>No runs (runNN/class_labels.txt) found in %1</source>
        <translation>Geen runs (runNN/class_labels.txt) gevonden in %1</translation>
    </message>
    <message>
        <source>%1, line %2: expected &apos;test/itemNN.png training/classNN.png&apos;</source>
        <translation>%1, regel %2: verwacht &apos;test/itemNN.png training/classNN.png&apos;</translation>
    </message>
    <message>
        <source>%1 lists no trials</source>
        <translation>%1 bevat geen proeven</translation>
    </message>
    <message>
        <source>A one-shot task needs at least 2 ways, got %1</source>
        <translation>Een one-shot-taak heeft minstens 2 keuzes nodig, niet %1</translation>
    </message>
    <message>
        <source>sampled %1-way tasks (%2)</source>
        <translation>getrokken %1-voudige taken (%2)</translation>
    </message>
    <message>
        <source>within alphabet</source>
        <translation>binnen een alfabet</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>over alfabetten heen</translation>
    </message>
    <message>
        <source>Only %1 characters available for %2-way tasks</source>
        <translation>Slechts %1 tekens beschikbaar voor %2-voudige taken</translation>
    </message>
    <message>
        <source>Pairs per epoch must be at least 2, got %1</source>
        <translation>Paren per epoch moeten minstens 2 zijn, niet %1</translation>
    </message>
    <message>
        <source>Pair sampling needs at least two alphabets</source>
        <translation>Het trekken van paren vereist minstens twee alfabetten</translation>
    </message>
    <message>
        <source>Sampler state has seed %1 but the run&apos;s seed is %2</source>
        <translation>De samplerstatus heeft seed %1 maar de seed van de run is %2</translation>
    </message>
    <message>
        <source>Sampler state is out of range (epoch %1, position %2)</source>
        <translation>De samplerstatus valt buiten bereik (epoch %1, positie %2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be an image of a character</source>
        <translation>%1 is te groot (%2 MB) om een afbeelding van een teken te zijn</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <source>%1 is %2x%3 pixels: larger than the %4 megapixels accepted</source>
        <translation>%1 is %2x%3 pixels: groter dan de toegestane %4 megapixels</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (PNG, JPEG, BMP, TIFF, WebP...)</source>
        <translation>%1 is geen leesbare afbeelding (PNG, JPEG, BMP, TIFF, WebP...)</translation>
    </message>
    <message>
        <source>%1 has no ink: the image is blank or nearly uniform</source>
        <translation>%1 heeft geen inkt: de afbeelding is leeg of bijna egaal</translation>
    </message>
    <message>
        <source>%1 has no clear drawing: %2% of it is ink</source>
        <translation>%1 heeft geen duidelijke tekening: %2% ervan is inkt</translation>
    </message>
    <message>
        <source>%1 has no ink</source>
        <translation>%1 heeft geen inkt</translation>
    </message>
    <message>
        <source>Lake: train on 26 background alphabets (all drawers), select on 4 held-out background alphabets, test on Lake&apos;s 20 runs</source>
        <translation>Lake: trainen op 26 background-alfabetten (alle tekenaars), selecteren op 4 achtergehouden background-alfabetten, testen op Lakes 20 runs</translation>
    </message>
    <message>
        <source>Koch: train on 30 of 40 alphabets (drawers 1-12), select on the other 10 (drawers 13-16), test on the 10 run alphabets (drawers 17-20) and Lake&apos;s 20 runs</source>
        <translation>Koch: trainen op 30 van de 40 alfabetten (tekenaars 1-12), selecteren op de andere 10 (tekenaars 13-16), testen op de 10 run-alfabetten (tekenaars 17-20) en Lakes 20 runs</translation>
    </message>
    <message>
        <source>Seed: 40 alphabets shuffled with seed 42; train on 20 (drawers 1-12), select on 10 (drawers 13-16), test on 10 (drawers 17-20) with distractors across alphabets</source>
        <translation>Seed: 40 alfabetten geschud met seed 42; trainen op 20 (tekenaars 1-12), selecteren op 10 (tekenaars 13-16), testen op 10 (tekenaars 17-20) met afleiders uit andere alfabetten</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>Onbekend protocol &apos;%1&apos; (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>Alphabet %1 is not in the loaded data</source>
        <translation>Alfabet %1 zit niet in de geladen gegevens</translation>
    </message>
    <message>
        <source>The split selects no characters with two or more drawers</source>
        <translation>De splitsing selecteert geen tekens met twee of meer tekenaars</translation>
    </message>
    <message>
        <source>Zip file not found: %1</source>
        <translation>Zipbestand niet gevonden: %1</translation>
    </message>
    <message>
        <source>Cannot open zip file %1: %2</source>
        <translation>Kan zipbestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Entry %1 is missing from %2</source>
        <translation>Entry %1 ontbreekt in %2</translation>
    </message>
    <message>
        <source>Cannot read entry %1 of %2</source>
        <translation>Kan entry %1 van %2 niet lezen</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is too large (%3 bytes)</source>
        <translation>Entry %1 van %2 is te groot (%3 bytes)</translation>
    </message>
    <message>
        <source>Cannot open entry %1 of %2: %3</source>
        <translation>Kan entry %1 van %2 niet openen: %3</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is corrupt: %3</source>
        <translation>Entry %1 van %2 is beschadigd: %3</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>te kort gelezen</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>Kan %1 niet als PNG coderen</translation>
    </message>
    <message>
        <source>Unknown model preset &apos;%1&apos; (expected one of: %2)</source>
        <translation>Onbekende modelpreset &apos;%1&apos; (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>Model: conv layer %1 (kernel %2) does not fit a %3x%3 input</source>
        <translation>Model: convolutielaag %1 (kernel %2) past niet op een invoer van %3x%3</translation>
    </message>
    <message>
        <source>Model: pooling after conv layer %1 leaves nothing of a %2x%2 input</source>
        <translation>Model: pooling na convolutielaag %1 laat niets over van een invoer van %2x%2</translation>
    </message>
    <message>
        <source>Model spec: field &apos;%1&apos; is missing</source>
        <translation>Modelspecificatie: veld &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>Model spec: %1 must be a positive integer</source>
        <translation>Modelspecificatie: %1 moet een positief geheel getal zijn</translation>
    </message>
    <message>
        <source>Model spec: unknown head &apos;%1&apos; (expected l1)</source>
        <translation>Modelspecificatie: onbekende kop &apos;%1&apos; (verwacht l1)</translation>
    </message>
    <message>
        <source>Model spec: unknown init &apos;%1&apos; (expected koch or default)</source>
        <translation>Modelspecificatie: onbekende initialisatie &apos;%1&apos; (verwacht koch of default)</translation>
    </message>
    <message>
        <source>Checkpoint not found: %1</source>
        <translation>Checkpoint niet gevonden: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable checkpoint (truncated, corrupt or another format)</source>
        <translation>%1 is geen leesbaar checkpoint (afgebroken, beschadigd of een ander formaat)</translation>
    </message>
    <message>
        <source>%1 is not a Oneshot Studio checkpoint (a foreign or older file)</source>
        <translation>%1 is geen checkpoint van Oneshot Studio (een vreemd of ouder bestand)</translation>
    </message>
    <message>
        <source>Cannot write checkpoint %1: %2</source>
        <translation>Kan checkpoint %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 has no run state</source>
        <translation>%1 heeft geen runstatus</translation>
    </message>
    <message>
        <source>%1 has a corrupt run state</source>
        <translation>%1 heeft een beschadigde runstatus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not fit this model (a stale checkpoint?): %2</source>
        <translation>%1 past niet bij dit model (een verouderd checkpoint?): %2</translation>
    </message>
    <message>
        <source>Run folder not found: %1</source>
        <translation>Runmap niet gevonden: %1</translation>
    </message>
    <message>
        <source>Run folder %1 has no checkpoints/best.pt or checkpoints/last.pt</source>
        <translation>Runmap %1 heeft geen checkpoints/best.pt of checkpoints/last.pt</translation>
    </message>
    <message>
        <source>Cannot read metrics %1: %2</source>
        <translation>Kan metrieken %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a metrics file (no kind, step and loss columns)</source>
        <translation>%1 is geen metriekenbestand (geen kolommen kind, step en loss)</translation>
    </message>
    <message>
        <source>Cannot read config %1: %2</source>
        <translation>Kan config %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Config %1 is not a JSON object: %2 at offset %3</source>
        <translation>Config %1 is geen JSON-object: %2 bij positie %3</translation>
    </message>
    <message>
        <source>Run folder %1 is not empty: choose a new one, or resume it</source>
        <translation>Runmap %1 is niet leeg: kies een nieuwe of hervat hem</translation>
    </message>
    <message>
        <source>Cannot create run folder %1</source>
        <translation>Kan runmap %1 niet aanmaken</translation>
    </message>
    <message>
        <source>Loading Omniglot from %1</source>
        <translation>Omniglot laden uit %1</translation>
    </message>
    <message>
        <source>%1 holds no optimiser state: the optimiser starts afresh</source>
        <translation>%1 bevat geen optimizerstatus: de optimizer begint opnieuw</translation>
    </message>
    <message>
        <source>Resuming at epoch %1, step %2</source>
        <translation>Hervatten bij epoch %1, stap %2</translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation>Kan niet toevoegen aan %1: %2</translation>
    </message>
    <message>
        <source>The loss became %1 at step %2 (epoch %3, learning rate %4): the run diverged. Lower the learning rate or use a schedule; the checkpoints written before stay as they were.</source>
        <translation>Het verlies werd %1 bij stap %2 (epoch %3, leersnelheid %4): de run is gedivergeerd. Verlaag de leersnelheid of gebruik een schema; de eerder geschreven checkpoints blijven zoals ze waren.</translation>
    </message>
    <message>
        <source>The network collapsed at step %1: it gives every pair the same score. Try a lower learning rate or batch norm.</source>
        <translation>Het netwerk is ingestort bij stap %1: het geeft elk paar dezelfde score. Probeer een lagere leersnelheid of batchnormalisatie.</translation>
    </message>
    <message>
        <source>The network collapsed in epoch %1: all validation pairs get the same score.</source>
        <translation>Het netwerk is ingestort in epoch %1: alle validatieparen krijgen dezelfde score.</translation>
    </message>
    <message>
        <source>No improvement of %1 for %2 epochs: stopping</source>
        <translation>Geen verbetering van %1 gedurende %2 epochs: stoppen</translation>
    </message>
    <message>
        <source>Testing the best checkpoint</source>
        <translation>Het beste checkpoint testen</translation>
    </message>
    <message>
        <source>No run set at %1: skipping the one-shot test</source>
        <translation>Geen runset op %1: de one-shot-test wordt overgeslagen</translation>
    </message>
    <message>
        <source>%1 (%2), epoch %3</source>
        <translation>%1 (%2), epoch %3</translation>
    </message>
    <message>
        <source>No model loaded: train one or open a checkpoint</source>
        <translation>Geen model geladen: train er een of open een checkpoint</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Onbekende fout</translation>
    </message>
    <message>
        <source>unknown BLAS</source>
        <translation>onbekende BLAS</translation>
    </message>
    <message>
        <source>OpenBLAS (OpenMP)</source>
        <translation>OpenBLAS (OpenMP)</translation>
    </message>
    <message>
        <source>OpenBLAS</source>
        <translation>OpenBLAS</translation>
    </message>
    <message>
        <source>MKL</source>
        <translation>MKL</translation>
    </message>
    <message>
        <source>BLIS</source>
        <translation>BLIS</translation>
    </message>
    <message>
        <source>reference BLAS (slow: install libopenblas0-openmp)</source>
        <translation>referentie-BLAS (traag: installeer libopenblas0-openmp)</translation>
    </message>
    <message>
        <source>Oneshot Studio</source>
        <translation>Oneshot Studio</translation>
    </message>
    <message>
        <source>Oneshot Studio: one-shot image recognition with Siamese networks.</source>
        <translation>Oneshot Studio: one-shot-beeldherkenning met Siamese netwerken.</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips.</source>
        <translation>Map met de Omniglot-zips.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for smoke tests).</source>
        <translation>Afsluiten na zoveel milliseconden (voor rooktests).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE just before --quit-after ends the program.</source>
        <translation>Een schermafbeelding van het venster naar BESTAND schrijven vlak voordat --quit-after het programma beëindigt.</translation>
    </message>
    <message>
        <source>Save a screenshot of every page into DIR just before --quit-after ends the program.</source>
        <translation>Een schermafbeelding van elke pagina naar MAP schrijven vlak voordat --quit-after het programma beëindigt.</translation>
    </message>
    <message>
        <source>Start training with this preset as soon as the data is loaded.</source>
        <translation>Met deze preset beginnen te trainen zodra de gegevens geladen zijn.</translation>
    </message>
    <message>
        <source>Pairs per epoch for --train.</source>
        <translation>Paren per epoch voor --train.</translation>
    </message>
    <message>
        <source>Run folder for --train.</source>
        <translation>Runmap voor --train.</translation>
    </message>
    <message>
        <source>Cannot write screenshot %1
</source>
        <translation>Kan schermafbeelding %1 niet schrijven
</translation>
    </message>
    <message>
        <source>Speak this language (en, nl, de) instead of the system&apos;s or the one chosen in View &gt; Language.</source>
        <translation>Deze taal spreken (en, nl, de) in plaats van die van het systeem of die gekozen in Beeld &gt; Taal.</translation>
    </message>
    <message>
        <source>Setting &apos;%1&apos;: %2 %3; allowed: %4</source>
        <translation>Instelling &apos;%1&apos;: %2 %3; toegestaan: %4</translation>
    </message>
    <message>
        <source>is not an integer</source>
        <translation>is geen geheel getal</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is geen getal</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>valt buiten het bereik</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>willekeurige tekst</translation>
    </message>
    <message>
        <source>, or %1 (%2)</source>
        <translation>, of %1 (%2)</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Toegestaan: %1</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>is niet true of false</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>is geen van de keuzes</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is geen tekst</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>Onbekende instelling &apos;%1&apos; (bedoelde u &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (&apos;oneshot config --list&apos; lists them all)</source>
        <translation>Onbekende instelling &apos;%1&apos; (&apos;oneshot config --list&apos; toont ze allemaal)</translation>
    </message>
    <message>
        <source>Config: format &apos;%1&apos; is not one this version (%2) reads (%3 or %4): a newer Oneshot Studio wrote it</source>
        <translation>Configuratie: formaat &apos;%1&apos; kan deze versie (%2) niet lezen (wel %3 of %4): een nieuwere Oneshot Studio heeft het geschreven</translation>
    </message>
    <message>
        <source>Setting &apos;model&apos;: expected a preset name or a model object</source>
        <translation>Instelling &apos;model&apos;: verwacht een voorinstellingsnaam of een modelobject</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; is geen SLEUTEL=WAARDE</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>Onbekende instelling &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Setting &apos;scheduler.base_lr&apos;: %1 must be below optimizer.lr (%2) for a cyclic schedule</source>
        <translation>Instelling &apos;scheduler.base_lr&apos;: %1 moet bij een cyclisch schema onder optimizer.lr (%2) liggen</translation>
    </message>
    <message>
        <source>Settings &apos;loss.*&apos;: every loss weight is 0, so nothing would be trained</source>
        <translation>Instellingen &apos;loss.*&apos;: elk verliesgewicht is 0, dus er zou niets getraind worden</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos; (expected one of: %2)</source>
        <translation>Onbekende voorinstelling &apos;%1&apos; (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>Start from a preset: %1 (default cpu).</source>
        <translation>Begin bij een voorinstelling: %1 (standaard cpu).</translation>
    </message>
    <message>
        <source>Start from a config.json (e.g. an earlier run&apos;s).</source>
        <translation>Begin bij een config.json (bijv. die van een eerdere run).</translation>
    </message>
    <message>
        <source>Set any setting, e.g. --set loss.batch_softmax=0.5 (repeatable; applied after the named options, in order). &apos;oneshot config --list&apos; lists the keys.</source>
        <translation>Stel een willekeurige instelling in, bijv. --set loss.batch_softmax=0.5 (herhaalbaar; toegepast na de benoemde opties, op volgorde). &apos;oneshot config --list&apos; toont de sleutels.</translation>
    </message>
    <message>
        <source>%1 (%2; allowed: %3).</source>
        <translation>%1 (%2; toegestaan: %3).</translation>
    </message>
    <message>
        <source>Give --preset or --config, not both</source>
        <translation>Geef --preset of --config, niet allebei</translation>
    </message>
    <message>
        <source>--resume continues the run with its own config; %1 cannot change it</source>
        <translation>--resume zet de run voort met zijn eigen configuratie; %1 kan die niet wijzigen</translation>
    </message>
    <message>
        <source>Prints the config that a preset or a config file, the named options and --set make, as &apos;oneshot train&apos; would use it (config.json&apos;s format).</source>
        <translation>Toont de configuratie die een voorinstelling of configuratiebestand, de benoemde opties en --set opleveren, zoals &apos;oneshot train&apos; die zou gebruiken (in het formaat van config.json).</translation>
    </message>
    <message>
        <source>List every setting: key, allowed values, value, meaning.</source>
        <translation>Toon elke instelling: sleutel, toegestane waarden, waarde, betekenis.</translation>
    </message>
    <message>
        <source>%1 has %2 characters: its within-alphabet trials are %2-way, not %3-way</source>
        <translation>%1 heeft %2 tekens: de proeven binnen dat alfabet zijn %2-weg, niet %3-weg</translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation>Validatie: %1</translation>
    </message>
    <message>
        <source>MNIST file not found: %1</source>
        <translation>MNIST-bestand niet gevonden: %1</translation>
    </message>
    <message>
        <source>%1 is not a gzip file</source>
        <translation>%1 is geen gzip-bestand</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan %1 niet lezen</translation>
    </message>
    <message>
        <source>%1 is not a readable gzip file: %2</source>
        <translation>%1 is geen leesbaar gzip-bestand: %2</translation>
    </message>
    <message>
        <source>%1 is not an MNIST IDX file (expected magic number %2)</source>
        <translation>%1 is geen MNIST-IDX-bestand (magisch getal %2 verwacht)</translation>
    </message>
    <message>
        <source>%1: the header promises %2 bytes of data, the file holds %3</source>
        <translation>%1: de kop belooft %2 bytes aan gegevens, het bestand bevat er %3</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>%1 bevat %2 afbeeldingen maar %3 bevat %4 labels</translation>
    </message>
    <message>
        <source>%1: images of %2x%3 pixels are not digits</source>
        <translation>%1: afbeeldingen van %2x%3 pixels zijn geen cijfers</translation>
    </message>
    <message>
        <source>%1: label %2 of image %3 is not a digit</source>
        <translation>%1: label %2 van afbeelding %3 is geen cijfer</translation>
    </message>
    <message>
        <source>No MNIST files in %1 (looked for %2 and their labels)</source>
        <translation>Geen MNIST-bestanden in %1 (gezocht naar %2 en hun labels)</translation>
    </message>
    <message>
        <source>%1-way MNIST trials need %1 digits with two or more images each; %2 has %3</source>
        <translation>%1-weg MNIST-proeven hebben %1 cijfers met elk twee of meer afbeeldingen nodig; %2 heeft er %3</translation>
    </message>
    <message>
        <source>MNIST %1-way one-shot (%2)</source>
        <translation>MNIST %1-weg one-shot (%2)</translation>
    </message>
    <message>
        <source>Cannot encode %1.png</source>
        <translation>Kan %1.png niet coderen</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 1: verification accuracy on the test alphabets</source>
        <translation>Koch et al. 2015, tabel 1: verificatienauwkeurigheid op de testalfabetten</translation>
    </message>
    <message>
        <source>koch protocol; a fixed set of N pairs (affine x8: each seen plain and with 8 distorted copies); accuracy on 10,000 test pairs at the threshold tuned on validation (ours) and at 0.5 (ours_05, the reproduction&apos;s measure).</source>
        <translation>koch-protocol; een vaste set van N paren (affien x8: elk gezien zonder en met 8 vervormde kopieën); nauwkeurigheid op 10.000 testparen bij de drempel afgesteld op validatie (ours) en bij 0,5 (ours_05, de maat van de reproductie).</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 2, and Lake et al. 2015: 20-way one-shot on Lake&apos;s 20 runs</source>
        <translation>Koch et al. 2015, tabel 2, en Lake et al. 2015: 20-weg one-shot op Lakes 20 runs</translation>
    </message>
    <message>
        <source>Ours: a network trained under the koch protocol (40-alphabet background, selected on validation), tested once on Lake&apos;s 400 trials; the baselines are computed here on the same trials. Cited rows are published figures.</source>
        <translation>Ons resultaat: een netwerk getraind onder het koch-protocol (achtergrond van 40 alfabetten, geselecteerd op validatie), eenmaal getest op Lakes 400 proeven; de basislijnen zijn hier op dezelfde proeven berekend. Geciteerde rijen zijn gepubliceerde cijfers.</translation>
    </message>
    <message>
        <source>Siamese conv net (ours)</source>
        <translation>Siamees convolutienetwerk (ons)</translation>
    </message>
    <message>
        <source>Nearest neighbour on pixels (ours)</source>
        <translation>Dichtstbijzijnde buur op pixels (ons)</translation>
    </message>
    <message>
        <source>Modified Hausdorff distance (ours)</source>
        <translation>Gemodificeerde Hausdorff-afstand (ons)</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 3: 10-way one-shot on MNIST, no further training</source>
        <translation>Koch et al. 2015, tabel 3: 10-weg one-shot op MNIST, zonder verdere training</translation>
    </message>
    <message>
        <source>A reduced network trained on Omniglot at 35x35 (downsampled by 3), tested on 400 10-way trials of MNIST digits (28x28, inverted to dark ink, resized to 35x35). Nearest neighbour on pixels is computed on the same trials; it lands far above the paper&apos;s 26.5 %, whose protocol the paper does not spell out.</source>
        <translation>Een verkleind netwerk getraind op Omniglot bij 35x35 (drievoudig verkleind), getest op 400 10-weg proeven met MNIST-cijfers (28x28, omgekeerd naar donkere inkt, geschaald naar 35x35). Dichtstbijzijnde buur op pixels is op dezelfde proeven berekend; die komt ver boven de 26,5 % van het artikel uit, waarvan het artikel het protocol niet uitlegt.</translation>
    </message>
    <message>
        <source>Siamese net, reduced (ours)</source>
        <translation>Siamees netwerk, verkleind (ons)</translation>
    </message>
    <message>
        <source>1-nearest neighbour on pixels (ours)</source>
        <translation>1-dichtstbijzijnde buur op pixels (ons)</translation>
    </message>
    <message>
        <source>The reproduction&apos;s learning-rate schedules: verification at 0.5</source>
        <translation>De leersnelheidsschema&apos;s van de reproductie: verificatie bij 0,5</translation>
    </message>
    <message>
        <source>seed protocol; Adam (3e-4 at most), a fixed set of 30k pairs; exponential decay of 0.99 per epoch, or cyclic between 1e-6 and 3e-4 with half cycles of 500 batches. Accuracy on 10,000 test pairs at 0.5.</source>
        <translation>seed-protocol; Adam (hoogstens 3e-4), een vaste set van 30k paren; exponentieel verval van 0,99 per epoch, of cyclisch tussen 1e-6 en 3e-4 met halve cycli van 500 batches. Nauwkeurigheid op 10.000 testparen bij 0,5.</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos; (expected one of: %2)</source>
        <translation>Onbekende schaal &apos;%1&apos; (verwacht een van: %2)</translation>
    </message>
    <message>
        <source>Unknown experiment &apos;%1&apos; (expected one of: %2, or all)</source>
        <translation>Onbekend experiment &apos;%1&apos; (verwacht een van: %2, of all)</translation>
    </message>
    <message>
        <source>Verification on the test alphabets</source>
        <translation>Verificatie op de testalfabetten</translation>
    </message>
    <message>
        <source>pairs in the training set</source>
        <translation>paren in de trainingsset</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>nauwkeurigheid</translation>
    </message>
    <message>
        <source>ours, no distortion</source>
        <translation>ons, zonder vervorming</translation>
    </message>
    <message>
        <source>ours, affine x8</source>
        <translation>ons, affien x8</translation>
    </message>
    <message>
        <source>Koch, no distortion</source>
        <translation>Koch, zonder vervorming</translation>
    </message>
    <message>
        <source>Koch, affine x8</source>
        <translation>Koch, affien x8</translation>
    </message>
    <message>
        <source>reproduction (at 0.5)</source>
        <translation>reproductie (bij 0,5)</translation>
    </message>
    <message>
        <source>accuracy (grey: published)</source>
        <translation>nauwkeurigheid (grijs: gepubliceerd)</translation>
    </message>
    <message>
        <source>%1, published</source>
        <translation>%1, gepubliceerd</translation>
    </message>
    <message>
        <source>Validation verification at 0.5</source>
        <translation>Validatie-verificatie bij 0,5</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlies</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>verlies</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>leersnelheid</translation>
    </message>
    <message>
        <source>Scale: %1, %2 minutes per run. %3

</source>
        <translation>Schaal: %1, %2 minuten per run. %3

</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>ours (%)</source>
        <translation>ons (%)</translation>
    </message>
    <message>
        <source>ours at 0.5 (%)</source>
        <translation>ons bij 0,5 (%)</translation>
    </message>
    <message>
        <source>paper (%)</source>
        <translation>artikel (%)</translation>
    </message>
    <message>
        <source>reproduction (%)</source>
        <translation>reproductie (%)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source> (cited)</source>
        <translation> (geciteerd)</translation>
    </message>
    <message>
        <source>%1 holds the %2 experiment at scale %3 (%4 minutes per run): give another folder, or the same experiment, scale and budget to resume it</source>
        <translation>%1 bevat het experiment %2 op schaal %3 (%4 minuten per run): geef een andere map, of hetzelfde experiment, dezelfde schaal en hetzelfde budget om het voort te zetten</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>berekenen</translation>
    </message>
    <message>
        <source>testing on MNIST</source>
        <translation>testen op MNIST</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>voortzetten</translation>
    </message>
    <message>
        <source>Cannot clear %1 to start the cell again</source>
        <translation>Kan %1 niet leegmaken om de cel opnieuw te beginnen</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainen</translation>
    </message>
    <message>
        <source>      %1: ours %2, paper %3
</source>
        <translation>      %1: ons %2, artikel %3
</translation>
    </message>
    <message>
        <source>Reproduces a table of Koch et al. 2015 or of the reproduction: every cell an ordinary run folder in DIR, then table.json, table.csv, table.md and figures. Run it again to resume: finished cells are kept.</source>
        <translation>Reproduceert een tabel van Koch et al. 2015 of van de reproductie: elke cel een gewone runmap in DIR, daarna table.json, table.csv, table.md en figuren. Voer het opnieuw uit om voort te zetten: voltooide cellen blijven behouden.</translation>
    </message>
    <message>
        <source>%1, or all.</source>
        <translation>%1, of all.</translation>
    </message>
    <message>
        <source>paper (koch2015 and the paper&apos;s settings; a GPU) or cpu (the CPU preset, on the same axes, with a time budget per run).</source>
        <translation>paper (koch2015 met de instellingen van het artikel; een GPU) of cpu (de CPU-voorinstelling, op dezelfde assen, met een tijdsbudget per run).</translation>
    </message>
    <message>
        <source>The experiment folder (for all: one folder per experiment in it).</source>
        <translation>De experimentmap (bij all: één map per experiment erin).</translation>
    </message>
    <message>
        <source>Time budget of each training cell, in minutes (fractions allowed; 0: none).</source>
        <translation>Tijdsbudget van elke trainingscel, in minuten (breuken toegestaan; 0: geen).</translation>
    </message>
    <message>
        <source>MNIST folder (default: ../mnist beside the Omniglot folder).</source>
        <translation>MNIST-map (standaard: ../mnist naast de Omniglot-map).</translation>
    </message>
    <message>
        <source>A setting for every training cell, e.g. --set device=cuda (repeatable).</source>
        <translation>Een instelling voor elke trainingscel, bijv. --set device=cuda (herhaalbaar).</translation>
    </message>
    <message>
        <source>Print JSON lines (cell, row, table) instead of text.</source>
        <translation>Druk JSON-regels af (cell, row, table) in plaats van tekst.</translation>
    </message>
    <message>
        <source>Give one EXPERIMENT: %1 or all</source>
        <translation>Geef één EXPERIMENT: %1 of all</translation>
    </message>
    <message>
        <source>Give --out DIR for the experiment folder</source>
        <translation>Geef --out MAP voor de experimentmap</translation>
    </message>
    <message>
        <source>--minutes-per-run must be a number of minutes, 0 or more, got &apos;%1&apos;</source>
        <translation>--minutes-per-run moet een aantal minuten zijn, 0 of meer, gekregen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)
</source>
        <translation>%1 in %2 (%3)
</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>volledig</translation>
    </message>
    <message>
        <source>stopped: run the same command to resume</source>
        <translation>gestopt: voer dezelfde opdracht uit om voort te zetten</translation>
    </message>
    <message>
        <source>all its epochs</source>
        <translation>al zijn epochs</translation>
    </message>
    <message>
        <source>its time budget</source>
        <translation>zijn tijdsbudget</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>vroegtijdig stoppen</translation>
    </message>
    <message>
        <source>a stop request</source>
        <translation>een stopverzoek</translation>
    </message>
    <message>
        <source>Oneshot Studio report</source>
        <translation>Oneshot Studio-rapport</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Scale %1, %2 minutes per run; folder %3</source>
        <translation>Schaal %1, %2 minuten per run; map %3</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>ours at 0.5</source>
        <translation>ons bij 0,5</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>reproduction</source>
        <translation>reproductie</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validatienauwkeurigheid</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>verification at 0.5</source>
        <translation>verificatie bij 0,5</translation>
    </message>
    <message>
        <source>verification, tuned</source>
        <translation>verificatie, afgestemd</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>one-shot</translation>
    </message>
    <message>
        <source>Lake&apos;s 20 runs</source>
        <translation>Lakes 20 runs</translation>
    </message>
    <message>
        <source>%1 of %2 trials correct (%3); %4 failed, the first %5 below: the query, the network&apos;s pick and the truth, with their scores (logits).</source>
        <translation>%1 van %2 proeven goed (%3); %4 mislukt, de eerste %5 hieronder: de vraag, de keuze van het netwerk en de waarheid, met hun scores (logits).</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>proef</translation>
    </message>
    <message>
        <source>query</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>keuze</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>waarheid</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>gelijkspel</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filters van de eerste laag</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filters</translation>
    </message>
    <message>
        <source>Activation maps of a sample (%1)</source>
        <translation>Activatiekaarten van een voorbeeld (%1)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>%1 is not a run folder (no config.json and metrics.csv)</source>
        <translation>%1 is geen runmap (geen config.json en metrics.csv)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>by %1 after %2 epochs, %3 steps, %4</source>
        <translation>door %1 na %2 epochs, %3 stappen, %4</translation>
    </message>
    <message>
        <source>Best epoch (validation)</source>
        <translation>Beste epoch (validatie)</translation>
    </message>
    <message>
        <source>%1: one-shot %2, verification %3 at the tuned threshold, %4 at 0.5</source>
        <translation>%1: one-shot %2, verificatie %3 bij de afgestemde drempel, %4 bij 0,5</translation>
    </message>
    <message>
        <source>Test, once, best checkpoint</source>
        <translation>Test, eenmaal, beste checkpoint</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>one-shot %1 (%2 trials, %3)%4</source>
        <translation>one-shot %1 (%2 proeven, %3)%4</translation>
    </message>
    <message>
        <source>; verification %1 at the validation threshold, %2 at 0.5</source>
        <translation>; verificatie %1 bij de validatiedrempel, %2 bij 0,5</translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation>Alle instellingen</translation>
    </message>
    <message>
        <source>Baselines on Lake&apos;s 20 runs</source>
        <translation>Basislijnen op Lakes 20 runs</translation>
    </message>
    <message>
        <source>Report: %1 is not a folder</source>
        <translation>Rapport: %1 is geen map</translation>
    </message>
    <message>
        <source>Report: %1 is not an experiment folder (no table.json)</source>
        <translation>Rapport: %1 is geen experimentmap (geen table.json)</translation>
    </message>
    <message>
        <source> (ours)</source>
        <translation> (ons)</translation>
    </message>
    <message>
        <source>Writes one self-contained HTML file (images inline) about runs and experiments: what was run, the curves, the tables beside the published numbers, filters, activation maps, the failed trials of Lake&apos;s runs, baselines.</source>
        <translation>Schrijft één op zichzelf staand HTML-bestand (afbeeldingen ingebed) over runs en experimenten: wat er gedraaid is, de curves, de tabellen naast de gepubliceerde cijfers, filters, activatiekaarten, de mislukte proeven van Lakes runs, basislijnen.</translation>
    </message>
    <message>
        <source>A run folder (repeatable).</source>
        <translation>Een runmap (herhaalbaar).</translation>
    </message>
    <message>
        <source>An experiment folder of &apos;oneshot reproduce&apos; (repeatable).</source>
        <translation>Een experimentmap van &apos;oneshot reproduce&apos; (herhaalbaar).</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Het te schrijven HTML-bestand.</translation>
    </message>
    <message>
        <source>Omniglot data folder, for Lake&apos;s runs (found automatically).</source>
        <translation>Omniglot-datamap, voor Lakes runs (wordt automatisch gevonden).</translation>
    </message>
    <message>
        <source>Give --out FILE.html</source>
        <translation>Geef --out BESTAND.html</translation>
    </message>
    <message>
        <source>Give at least one --run DIR or --experiment DIR</source>
        <translation>Geef minstens één --run MAP of --experiment MAP</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
    <message>
        <source>
Run &apos;oneshot COMMAND --help&apos; for a command&apos;s options, &apos;oneshot --help-all&apos; for all of them.
</source>
        <translation>
Voer &apos;oneshot OPDRACHT --help&apos; uit voor de opties van een opdracht, &apos;oneshot --help-all&apos; voor die van alle.
</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>Opdracht %1</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet: the run starts again from its config.json</source>
        <translation>%1 heeft nog geen checkpoint: de run begint opnieuw vanaf zijn config.json</translation>
    </message>
    <message>
        <source>Signal %1: stopping and saving before quitting
</source>
        <translation>Signaal %1: stoppen en opslaan voor het afsluiten
</translation>
    </message>
    <message>
        <source>A run folder (its best checkpoint). Without --run or --checkpoint: the default model.</source>
        <translation>Een runmap (zijn beste checkpoint). Zonder --run of --checkpoint: het standaardmodel.</translation>
    </message>
    <message>
        <source>Give --run RUNDIR or --checkpoint FILE: there is no default model (looked for %1)</source>
        <translation>Geef --run RUNMAP of --checkpoint BESTAND: er is geen standaardmodel (gezocht naar %1)</translation>
    </message>
    <message>
        <source>Using the default model %1 (%2)
</source>
        <translation>Het standaardmodel %1 wordt gebruikt (%2)
</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>zonder herkomst</translation>
    </message>
    <message>
        <source>Character folder not found: %1</source>
        <translation>Tekenmap niet gevonden: %1</translation>
    </message>
    <message>
        <source>%1 is not in a character&apos;s folder (one subfolder per character is expected)</source>
        <translation>%1 staat niet in de map van een teken (er wordt één submap per teken verwacht)</translation>
    </message>
    <message>
        <source>The character folder %1 holds no images</source>
        <translation>De tekenmap %1 bevat geen afbeeldingen</translation>
    </message>
    <message>
        <source>%1 holds %2 character folders; at least %3 are needed to choose between</source>
        <translation>%1 bevat %2 tekenmappen; er zijn er minstens %3 nodig om tussen te kiezen</translation>
    </message>
    <message>
        <source>%1 holds no images</source>
        <translation>%1 bevat geen afbeeldingen</translation>
    </message>
    <message>
        <source>Shots must be 1 to 19 (Omniglot has 20 drawers, one is the query&apos;s), got %1</source>
        <translation>Het aantal voorbeelden moet 1 tot 19 zijn (Omniglot heeft 20 tekenaars, één is die van de vraag), gekregen: %1</translation>
    </message>
    <message>
        <source>sampled %1-way %2-shot tasks (%3)</source>
        <translation>getrokken %1-weg-%2-voorbeeldtaken (%3)</translation>
    </message>
    <message>
        <source>Query folder &apos;%1&apos; in %2 is not a character of the support set %3</source>
        <translation>Vraagmap &apos;%1&apos; in %2 is geen teken van de steunset %3</translation>
    </message>
    <message>
        <source>K-shot mode &apos;%1&apos; is not one of %2</source>
        <translation>K-shot-modus &apos;%1&apos; is niet een van %2</translation>
    </message>
    <message>
        <source>A character of the support set has no image</source>
        <translation>Een teken van de steunset heeft geen afbeelding</translation>
    </message>
    <message>
        <source>%1 is not a readable checkpoint (truncated, corrupt or another format): %2</source>
        <translation>%1 is geen leesbaar checkpoint (afgekapt, beschadigd of een ander formaat): %2</translation>
    </message>
    <message>
        <source>How a character with several images is scored: mean-score (the mean of the scores against its images) or mean-embedding (the score against its images&apos; mean embedding).</source>
        <translation>Hoe een teken met meerdere afbeeldingen wordt gescoord: mean-score (het gemiddelde van de scores tegen zijn afbeeldingen) of mean-embedding (de score tegen de gemiddelde embedding van zijn afbeeldingen).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1 moet een geheel getal van %2 tot %3 zijn, gekregen: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number, got &apos;%1&apos;</source>
        <translation>--seed moet een geheel getal zijn, gekregen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Give --within-alphabet or --across-alphabets, not both</source>
        <translation>Geef --within-alphabet of --across-alphabets, niet beide</translation>
    </message>
    <message>
        <source>--split must be evaluation or validation, got &apos;%1&apos;</source>
        <translation>--split moet evaluation of validation zijn, gekregen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Scores a trained model on one-shot run sets in Lake&apos;s format, or, with --ways, --shots or --trials, on N-way K-shot tasks sampled from Omniglot&apos;s evaluation alphabets (ties count as wrong).</source>
        <translation>Scoort een getraind model op one-shot-runsets in het formaat van Lake, of, met --ways, --shots of --trials, op N-weg-K-voorbeeldtaken getrokken uit de evaluatiealfabetten van Omniglot (gelijke scores tellen als fout).</translation>
    </message>
    <message>
        <source>Sampled tasks: candidates per trial.</source>
        <translation>Getrokken taken: kandidaten per proef.</translation>
    </message>
    <message>
        <source>Sampled tasks: images per candidate character.</source>
        <translation>Getrokken taken: afbeeldingen per kandidaatteken.</translation>
    </message>
    <message>
        <source>Sampled tasks: how many.</source>
        <translation>Getrokken taken: hoeveel.</translation>
    </message>
    <message>
        <source>Sampled tasks: distractors from the query&apos;s alphabet (the default, as Lake&apos;s runs).</source>
        <translation>Getrokken taken: afleiders uit het alfabet van de vraag (de standaard, zoals de runs van Lake).</translation>
    </message>
    <message>
        <source>Sampled tasks: distractors from any alphabet.</source>
        <translation>Getrokken taken: afleiders uit elk alfabet.</translation>
    </message>
    <message>
        <source>Sampled tasks: evaluation (the 20 evaluation alphabets) or validation (the background alphabets the lake protocol holds out, for choosing settings).</source>
        <translation>Getrokken taken: evaluation (de 20 evaluatiealfabetten) of validation (de achtergrondalfabetten die het lake-protocol achterhoudt, om instellingen te kiezen).</translation>
    </message>
    <message>
        <source>Sampled tasks: the seed that draws them.</source>
        <translation>Getrokken taken: het zaad dat ze trekt.</translation>
    </message>
    <message>
        <source>--runs scores run sets; --%1 samples tasks: give one or the other</source>
        <translation>--runs scoort runsets; --%1 trekt taken: geef het een of het ander</translation>
    </message>
    <message>
        <source> (right)</source>
        <translation> (goed)</translation>
    </message>
    <message>
        <source> (wrong: %1)</source>
        <translation> (fout: %1)</translation>
    </message>
    <message>
        <source>accuracy %1 (%2 of %3 labelled queries)
</source>
        <translation>nauwkeurigheid %1 (%2 van %3 gelabelde vragen)
</translation>
    </message>
    <message>
        <source>confusion matrix: %1
</source>
        <translation>verwarringsmatrix: %1
</translation>
    </message>
    <message>
        <source>Ranks the characters of your own support set for a query image, or scores a folder of queries. A support set is a folder or zip with one subfolder per character holding 1 to k images of it (any format and size); labelled queries use the same layout.</source>
        <translation>Rangschikt de tekens van je eigen steunset voor een vraagafbeelding, of scoort een map met vragen. Een steunset is een map of zip met één submap per teken met 1 tot k afbeeldingen ervan (elk formaat en elke grootte); gelabelde vragen gebruiken dezelfde indeling.</translation>
    </message>
    <message>
        <source>The support set: a folder or zip.</source>
        <translation>De steunset: een map of zip.</translation>
    </message>
    <message>
        <source>One query image.</source>
        <translation>Eén vraagafbeelding.</translation>
    </message>
    <message>
        <source>A folder or zip of queries: in character subfolders (labelled) or not.</source>
        <translation>Een map of zip met vragen: in tekensubmappen (gelabeld) of niet.</translation>
    </message>
    <message>
        <source>Use at most K images of each support character.</source>
        <translation>Gebruik ten hoogste K afbeeldingen van elk steunteken.</translation>
    </message>
    <message>
        <source>Where labelled queries&apos; confusion matrix goes (confusion.csv, .png, .svg).</source>
        <translation>Waar de verwarringsmatrix van gelabelde vragen komt (confusion.csv, .png, .svg).</translation>
    </message>
    <message>
        <source>Give --support DIR_OR_ZIP: a folder with one subfolder per character</source>
        <translation>Geef --support MAP_OF_ZIP: een map met één submap per teken</translation>
    </message>
    <message>
        <source>Give either --query IMAGE or --queries DIR_OR_ZIP</source>
        <translation>Geef --query AFBEELDING of --queries MAP_OF_ZIP</translation>
    </message>
    <message>
        <source>--k-shot must be a whole number of at least 1, got &apos;%1&apos;</source>
        <translation>--k-shot moet een geheel getal van minstens 1 zijn, gekregen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Confusion: %1 of %2 right</source>
        <translation>Verwarring: %1 van %2 goed</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>voorspelling</translation>
    </message>
    <message>
        <source>A projection needs at least 2 points</source>
        <translation>Een projectie heeft minstens 2 punten nodig</translation>
    </message>
    <message>
        <source>t-SNE needs at least 4 points, got %1</source>
        <translation>t-SNE heeft minstens 4 punten nodig, gekregen: %1</translation>
    </message>
    <message>
        <source>t-SNE here is exact and takes at most %1 points, got %2: choose a smaller set, or use PCA</source>
        <translation>t-SNE is hier exact en neemt ten hoogste %1 punten, gekregen: %2: kies een kleinere set, of gebruik PCA</translation>
    </message>
    <message>
        <source>Writes the embeddings of a set of images projected to the plane (PCA, or t-SNE with --tsne) as CSV, one row per image: image, character, alphabet, x, y.</source>
        <translation>Schrijft de embeddings van een set afbeeldingen, geprojecteerd op het vlak (PCA, of t-SNE met --tsne), als CSV, één rij per afbeelding: image, character, alphabet, x, y.</translation>
    </message>
    <message>
        <source>An Omniglot alphabet, all its drawings.</source>
        <translation>Een Omniglot-alfabet, al zijn tekeningen.</translation>
    </message>
    <message>
        <source>Your own characters: a folder or zip, one subfolder each.</source>
        <translation>Je eigen tekens: een map of zip, één submap per teken.</translation>
    </message>
    <message>
        <source>Omniglot data folder.</source>
        <translation>Omniglot-gegevensmap.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Het CSV-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>Project with t-SNE instead of PCA.</source>
        <translation>Projecteer met t-SNE in plaats van PCA.</translation>
    </message>
    <message>
        <source>t-SNE&apos;s perplexity.</source>
        <translation>De perplexiteit van t-SNE.</translation>
    </message>
    <message>
        <source>t-SNE&apos;s seed.</source>
        <translation>Het zaad van t-SNE.</translation>
    </message>
    <message>
        <source>Give either --alphabet NAME or --support DIR_OR_ZIP</source>
        <translation>Geef --alphabet NAAM of --support MAP_OF_ZIP</translation>
    </message>
    <message>
        <source>Give --out FILE for the points</source>
        <translation>Geef --out BESTAND voor de punten</translation>
    </message>
    <message>
        <source>No alphabet &apos;%1&apos; in Omniglot; there are %2</source>
        <translation>Geen alfabet &apos;%1&apos; in Omniglot; er zijn %2</translation>
    </message>
    <message>
        <source>--perplexity must be a number from 2 to 100, got &apos;%1&apos;</source>
        <translation>--perplexity moet een getal van 2 tot 100 zijn, gekregen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 points (%2) written to %3
</source>
        <translation>%1 punten (%2) geschreven naar %3
</translation>
    </message>
    <message>
        <source>Open the board on your own characters: a folder or zip with one subfolder per character.</source>
        <translation>Open het bord op je eigen tekens: een map of zip met één submap per teken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a character&apos;s folder name: give a name without slashes that does not start with a dot</source>
        <translation>&apos;%1&apos; kan geen mapnaam voor een teken zijn: geef een naam zonder schuine strepen die niet met een punt begint</translation>
    </message>
    <message>
        <source>There is no drawing to save</source>
        <translation>Er is geen tekening om op te slaan</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Kan de map %1 niet maken</translation>
    </message>
    <message>
        <source>Not a ways curve: the header must start with ways,shots,correct,trials</source>
        <translation>Geen N-curve: de kop moet beginnen met ways,shots,correct,trials</translation>
    </message>
    <message>
        <source>Ways curve line %1 is not ways,shots,correct,trials with 0 &lt;= correct &lt;= trials: %2</source>
        <translation>Regel %1 van de N-curve is geen ways,shots,correct,trials met 0 &lt;= correct &lt;= trials: %2</translation>
    </message>
    <message>
        <source>Nothing to draw: %1 maps of %2x%3</source>
        <translation>Niets te tekenen: %1 kaarten van %2x%3</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <source>each cell</source>
        <translation>per cel</translation>
    </message>
    <message>
        <source>all cells</source>
        <translation>alle cellen</translation>
    </message>
    <message>
        <source>Accuracy against the number of candidates</source>
        <translation>Nauwkeurigheid tegen het aantal kandidaten</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy</source>
        <translation>N-way K-shot-nauwkeurigheid</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy (%1)</source>
        <translation>N-way K-shot-nauwkeurigheid (%1)</translation>
    </message>
    <message>
        <source>candidates N</source>
        <translation>kandidaten N</translation>
    </message>
    <message>
        <source>chance (1/N)</source>
        <translation>kans (1/N)</translation>
    </message>
    <message>
        <source>%1-shot</source>
        <translation>%1-shot</translation>
    </message>
    <message>
        <source>--ways-curve measures N from 5 to 50 and K = 1 and 5: leave out --ways and --shots</source>
        <translation>--ways-curve meet N van 5 tot 50 en K = 1 en 5: laat --ways en --shots weg</translation>
    </message>
    <message>
        <source>--trials must be a whole number from 1 to 100000, got &apos;%1&apos;</source>
        <translation>--trials moet een geheel getal van 1 tot 100000 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>within alphabets</source>
        <translation>binnen alfabetten</translation>
    </message>
    <message>
        <source>%1-way %2-shot: %3 % (%4 of %5)
</source>
        <translation>%1-way %2-shot: %3 % (%4 van %5)
</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg
</source>
        <translation>%1.csv, .png en .svg geschreven
</translation>
    </message>
    <message>
        <source>Accuracy against N = 5 to 50 for K = 1 and 5 (200 trials a point unless --trials, across alphabets unless --within-alphabet): CSV, PNG and SVG at --out, or ways_curve.* in the run folder.</source>
        <translation>Nauwkeurigheid tegen N = 5 tot 50 voor K = 1 en 5 (200 proeven per punt tenzij --trials, over alfabetten heen tenzij --within-alphabet): CSV, PNG en SVG bij --out, of ways_curve.* in de run-map.</translation>
    </message>
    <message>
        <source>--ways-curve: the files&apos; path without extension.</source>
        <translation>--ways-curve: het pad van de bestanden zonder extensie.</translation>
    </message>
    <message>
        <source>--runs scores run sets; --ways-curve samples tasks: give one or the other</source>
        <translation>--runs scoort run-sets; --ways-curve trekt taken: geef het een of het ander</translation>
    </message>
    <message>
        <source>The figure&apos;s width in pixels, about (each value a crisp square).</source>
        <translation>De breedte van de figuur in pixels, ongeveer (elke waarde een scherp vierkant).</translation>
    </message>
    <message>
        <source>Pixels per value instead of --width.</source>
        <translation>Pixels per waarde in plaats van --width.</translation>
    </message>
    <message>
        <source>No number under each filter or map.</source>
        <translation>Geen nummer onder elk filter of elke kaart.</translation>
    </message>
    <message>
        <source>No colour bar for the value range.</source>
        <translation>Geen kleurbalk voor het waardenbereik.</translation>
    </message>
    <message>
        <source>--width must be a whole number of pixels from 64 to 16384, got &apos;%1&apos;</source>
        <translation>--width moet een geheel aantal pixels van 64 tot 16384 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 256, got &apos;%1&apos;</source>
        <translation>--scale moet een geheel getal van 1 tot 256 zijn, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Writes the first-layer filters as one grid figure, PNG and SVG, about 1024 px wide, each filter numbered, with a colour bar.</source>
        <translation>Schrijft de filters van de eerste laag als één rasterfiguur, PNG en SVG, ongeveer 1024 px breed, elk filter genummerd, met een kleurbalk.</translation>
    </message>
    <message>
        <source>The file to write (FILE.png; FILE.svg beside it).</source>
        <translation>Het bestand om te schrijven (FILE.png; FILE.svg ernaast).</translation>
    </message>
    <message>
        <source>First-layer filters: %1 of %2x%2</source>
        <translation>Filters van de eerste laag: %1 van %2x%2</translation>
    </message>
    <message>
        <source>Writes the activation maps of every conv layer for one image: one figure per layer, PNG and SVG.</source>
        <translation>Schrijft de activatiekaarten van elke conv-laag voor één afbeelding: één figuur per laag, PNG en SVG.</translation>
    </message>
    <message>
        <source>Folder to write conv1.png, conv1.svg, ...</source>
        <translation>Map om conv1.png, conv1.svg, ... in te schrijven</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3x%4 after ReLU</source>
        <translation>%1: %2 kaarten van %3x%4 na ReLU</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet</source>
        <translation>De Omniglot-gegevens zijn nog niet geladen</translation>
    </message>
    <message>
        <source>Open on this page (data, train, filters, activations, board, embedding, runs, reproduce).</source>
        <translation>Open op deze pagina (data, train, filters, activations, board, embedding, runs, reproduce).</translation>
    </message>
    <message>
        <source>Open the Embedding page on this set: evaluation, background or an alphabet&apos;s name.</source>
        <translation>Open de pagina Inbedding op deze set: evaluation, background of de naam van een alfabet.</translation>
    </message>
    <message>
        <source>No set &apos;%1&apos; to map: give evaluation, background or an alphabet&apos;s name
</source>
        <translation>Geen set &apos;%1&apos; om in kaart te brengen: geef evaluation, background of de naam van een alfabet
</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 van %2 punten</translation>
    </message>
    <message>
        <source>%1 has no labelled queries: put each query in a subfolder named after its character</source>
        <translation>%1 heeft geen gelabelde query&apos;s: zet elke query in een submap met de naam van zijn teken</translation>
    </message>
    <message>
        <source>unknown CPU</source>
        <translation>onbekende CPU</translation>
    </message>
    <message>
        <source>Precision bf16: this CPU has no bfloat16 instructions (AVX-512 BF16 or AMX), where bf16 would be slower than fp32; training in fp32</source>
        <translation>Precisie bf16: deze CPU heeft geen bfloat16-instructies (AVX-512 BF16 of AMX), waardoor bf16 trager zou zijn dan fp32; er wordt in fp32 getraind</translation>
    </message>
    <message>
        <source>Precision fp16 runs on CUDA only; on the CPU use bf16 (where the CPU has it): training in fp32</source>
        <translation>Precisie fp16 werkt alleen met CUDA; gebruik op de CPU bf16 (waar de CPU het heeft): er wordt in fp32 getraind</translation>
    </message>
    <message>
        <source>This CPU has no bfloat16 instructions (AVX-512 BF16 or AMX) and there is no GPU</source>
        <translation>Deze CPU heeft geen bfloat16-instructies (AVX-512 BF16 of AMX) en er is geen GPU</translation>
    </message>
    <message>
        <source>fp16 runs on a CUDA GPU only</source>
        <translation>fp16 werkt alleen op een CUDA-GPU</translation>
    </message>
    <message>
        <source>%1, %2 threads; %3</source>
        <translation>%1, %2 threads; %3</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give a whole number from %3 to %4</source>
        <translation>%1=%2 is ongeldig: geef een geheel getal van %3 tot %4</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but RANK is not: give each worker its rank (0 to %2)</source>
        <translation>WORLD_SIZE=%1 is gezet maar RANK niet: geef elke worker zijn rang (0 tot %2)</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but MASTER_ADDR is not: give the address of rank 0&apos;s host</source>
        <translation>WORLD_SIZE=%1 is gezet maar MASTER_ADDR niet: geef het adres van de machine van rang 0</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but MASTER_PORT is not: give a free port on rank 0&apos;s host</source>
        <translation>WORLD_SIZE=%1 is gezet maar MASTER_PORT niet: geef een vrije poort op de machine van rang 0</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>Backend &apos;%1&apos; is niet beschikbaar in deze build (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>Rank 0 could not serve the rendezvous on %1, or not all %2 workers joined within %3 s: %4. If the port is in use, choose another (--master-port or MASTER_PORT); otherwise check that WORLD_SIZE=%2 workers were started.</source>
        <translation>Rang 0 kon het trefpunt op %1 niet openen, of niet alle %2 workers meldden zich binnen %3 s: %4. Is de poort in gebruik, kies dan een andere (--master-port of MASTER_PORT); controleer anders of er WORLD_SIZE=%2 workers gestart zijn.</translation>
    </message>
    <message>
        <source>Rank %1 could not reach the rendezvous at %2 within %3 s: %4. Check MASTER_ADDR and MASTER_PORT, and that rank 0 is running.</source>
        <translation>Rang %1 kon het trefpunt op %2 niet bereiken binnen %3 s: %4. Controleer MASTER_ADDR en MASTER_PORT, en of rang 0 draait.</translation>
    </message>
    <message>
        <source>Two workers were started with RANK=%1 (of WORLD_SIZE=%2): each rank must be given to exactly one worker</source>
        <translation>Twee workers zijn gestart met RANK=%1 (van WORLD_SIZE=%2): elke rang hoort bij precies één worker</translation>
    </message>
    <message>
        <source>Rank %1 of %2 could not connect to the other workers through %3 within %4 s: %5. Check that WORLD_SIZE=%2 workers were started, each with its own RANK.</source>
        <translation>Rang %1 van %2 kon binnen %4 s geen verbinding met de andere workers maken via %3: %5. Controleer of er WORLD_SIZE=%2 workers gestart zijn, elk met een eigen RANK.</translation>
    </message>
    <message>
        <source>The %1 of rank %2 of %3 failed: %4. Another worker died or did not answer within %5 s; the run folder keeps the last checkpoint (resume with --resume).</source>
        <translation>De %1 van rang %2 van %3 is mislukt: %4. Een andere worker is gestopt of antwoordde niet binnen %5 s; de runmap houdt het laatste checkpoint (ga verder met --resume).</translation>
    </message>
    <message>
        <source>The %1 of rank %2 of %3 could not start: %4</source>
        <translation>De %1 van rang %2 van %3 kon niet starten: %4</translation>
    </message>
    <message>
        <source>The gradient all-reduce of rank %1 of %2 could not start: %3</source>
        <translation>De all-reduce van de gradiënten van rang %1 van %2 kon niet starten: %3</translation>
    </message>
    <message>
        <source>With %1 workers every batch needs at least %1 views, but the epoch&apos;s last batch holds %2 (pairs_per_epoch %3 x %4 views, batch_size %5): change pairs_per_epoch or batch_size</source>
        <translation>Met %1 workers heeft elke batch minstens %1 beelden nodig, maar de laatste batch van de epoch heeft er %2 (pairs_per_epoch %3 x %4 beelden, batch_size %5): wijzig pairs_per_epoch of batch_size</translation>
    </message>
    <message>
        <source>the data (%1)</source>
        <translation>de data (%1)</translation>
    </message>
    <message>
        <source>Rank %1 was started with another run than rank 0: they differ in %2. Start every worker with the same config and data.</source>
        <translation>Rang %1 is gestart met een andere run dan rang 0: ze verschillen in %2. Start elke worker met dezelfde config en data.</translation>
    </message>
    <message>
        <source>%1 of the %2 workers were started with another config or data than rank %3: their messages say what differs</source>
        <translation>%1 van de %2 workers zijn gestart met een andere config of data dan rang %3: hun meldingen zeggen wat verschilt</translation>
    </message>
    <message>
        <source>No free port on %1 for the workers&apos; rendezvous: %2</source>
        <translation>Geen vrije poort op %1 voor het trefpunt van de workers: %2</translation>
    </message>
    <message>
        <source>Could not start worker rank %1 (%2): %3</source>
        <translation>Kon worker met rang %1 niet starten (%2): %3</translation>
    </message>
    <message>
        <source>Started %1 workers on %2:%3 (pids %4), %5 threads each
</source>
        <translation>%1 workers gestart op %2:%3 (pids %4), elk %5 threads
</translation>
    </message>
    <message>
        <source>was killed or crashed (signal %1)</source>
        <translation>is afgebroken of gecrasht (signaal %1)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>stopte met code %1</translation>
    </message>
    <message>
        <source>error: worker rank %1 %2.</source>
        <translation>fout: worker met rang %1 %2.</translation>
    </message>
    <message>
        <source> Its last lines:
</source>
        <translation> Zijn laatste regels:
</translation>
    </message>
    <message>
        <source>The other workers stopped too (ranks %1). </source>
        <translation>De andere workers zijn ook gestopt (rangen %1). </translation>
    </message>
    <message>
        <source>The run folder keeps the last checkpoint that every worker reached: continue with &apos;oneshot train --resume RUNDIR --nproc %1&apos;.
</source>
        <translation>De runmap houdt het laatste checkpoint dat elke worker bereikte: ga verder met &apos;oneshot train --resume RUNDIR --nproc %1&apos;.
</translation>
    </message>
    <message>
        <source>Train data-parallel with N worker processes on this machine, each with its share of the cores (default 1). Workers started by torchrun or by hand read RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT from the environment instead.</source>
        <translation>Train data-parallel met N workerprocessen op deze machine, elk met zijn deel van de cores (standaard 1). Workers die torchrun of u zelf start, lezen in plaats daarvan RANK, WORLD_SIZE, MASTER_ADDR en MASTER_PORT uit de omgeving.</translation>
    </message>
    <message>
        <source>Data-parallel backend: auto (gloo on CPU, nccl on CUDA), %1.</source>
        <translation>Backend voor data-parallel trainen: auto (gloo op CPU, nccl op CUDA), %1.</translation>
    </message>
    <message>
        <source>With --nproc: the address the workers meet at (default 127.0.0.1).</source>
        <translation>Met --nproc: het adres waar de workers elkaar treffen (standaard 127.0.0.1).</translation>
    </message>
    <message>
        <source>With --nproc: the port they meet at (default: a free one).</source>
        <translation>Met --nproc: de poort waar ze elkaar treffen (standaard: een vrije).</translation>
    </message>
    <message>
        <source>Seconds a worker waits for the others in a collective before it gives up (a worker died or hung; default 300).</source>
        <translation>Seconden dat een worker in een collectieve bewerking op de anderen wacht voor hij opgeeft (een worker is gestopt of hangt; standaard 300).</translation>
    </message>
    <message>
        <source>--%1 %2: give a whole number from 1 to %3</source>
        <translation>--%1 %2: geef een geheel getal van 1 tot %3</translation>
    </message>
    <message>
        <source>--backend %1: not available in this build (available: auto, %2)</source>
        <translation>--backend %1: niet beschikbaar in deze build (beschikbaar: auto, %2)</translation>
    </message>
    <message>
        <source>--nproc starts the workers itself; this process is already worker %1 of %2 (WORLD_SIZE is set)</source>
        <translation>--nproc start de workers zelf; dit proces is al worker %1 van %2 (WORLD_SIZE is gezet)</translation>
    </message>
    <message>
        <source>Worker processes for --train (data-parallel).</source>
        <translation>Workerprocessen voor --train (data-parallel).</translation>
    </message>
    <message>
        <source>%1 is not a PNG image: this build reads PNG only (it was built without OpenCV&apos;s image codecs)</source>
        <translation>%1 is geen PNG-afbeelding: deze build leest alleen PNG (hij is gebouwd zonder de beeldcodecs van OpenCV)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read: %2</source>
        <translation>%1 is geen afbeelding die gelezen kan worden: %2</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>geen PNG-bestand</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>het PNG-bestand is afgekapt</translation>
    </message>
    <message>
        <source>a PNG chunk (%1) fails its checksum</source>
        <translation>een PNG-blok (%1) klopt niet met zijn controlesom</translation>
    </message>
    <message>
        <source>the PNG file does not start with its header</source>
        <translation>het PNG-bestand begint niet met zijn kop</translation>
    </message>
    <message>
        <source>the PNG header gives a size of %1 x %2</source>
        <translation>de PNG-kop geeft een grootte van %1 x %2</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, more than %3</source>
        <translation>de afbeelding is %1 x %2 pixels, meer dan %3</translation>
    </message>
    <message>
        <source>the PNG header is not valid (colour type %1, bit depth %2)</source>
        <translation>de PNG-kop is ongeldig (kleurtype %1, bitdiepte %2)</translation>
    </message>
    <message>
        <source>the PNG palette is not valid</source>
        <translation>het PNG-palet is ongeldig</translation>
    </message>
    <message>
        <source>the PNG file has a critical chunk this reader does not know (%1)</source>
        <translation>het PNG-bestand heeft een kritiek blok dat deze lezer niet kent (%1)</translation>
    </message>
    <message>
        <source>the PNG file has no palette</source>
        <translation>het PNG-bestand heeft geen palet</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib kon niet starten</translation>
    </message>
    <message>
        <source>the PNG image data are corrupt</source>
        <translation>de beeldgegevens van de PNG zijn beschadigd</translation>
    </message>
    <message>
        <source>the PNG image data are truncated</source>
        <translation>de beeldgegevens van de PNG zijn afgekapt</translation>
    </message>
    <message>
        <source>the PNG image data are corrupt (unknown row filter)</source>
        <translation>de beeldgegevens van de PNG zijn beschadigd (onbekend rijfilter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The number of test-time views must be from 1 to %1, got %2</source>
        <translation>Het aantal testweergaven moet van 1 tot %1 zijn, niet %2</translation>
    </message>
    <message>
        <source>Each image is embedded as the mean over %1 test-time views (the run&apos;s test_views).</source>
        <translation>Elk beeld wordt ingebed als het gemiddelde over %1 testweergaven (test_views van de run).</translation>
    </message>
    <message>
        <source>Each image is embedded alone (test_views 1).</source>
        <translation>Elk beeld wordt alleen ingebed (test_views 1).</translation>
    </message>
    <message>
        <source>Test-time views: each image is embedded as the mean over itself and V - 1 fixed affine distortions of it (1: the image alone). Default: the model&apos;s test_views setting (1 for --ways-curve).</source>
        <translation>Testweergaven: elk beeld wordt ingebed als het gemiddelde over zichzelf en V - 1 vaste affiene vervormingen ervan (1: alleen het beeld). Standaard: de instelling test_views van het model (1 voor --ways-curve).</translation>
    </message>
    <message>
        <source>--views must be a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>--views moet een geheel getal van 1 tot %1 zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--per-trial writes the trials of one evaluation; --ways-curve runs many: give one or the other</source>
        <translation>--per-trial schrijft de proeven van één evaluatie; --ways-curve doet er vele: geef het een of het ander</translation>
    </message>
    <message>
        <source>Write one CSV row per trial (trial, run, answer, pick, correct) to FILE, to compare two models or settings trial by trial.</source>
        <translation>Schrijf één CSV-rij per proef (trial, run, answer, pick, correct) naar FILE, om twee modellen of instellingen proef voor proef te vergelijken.</translation>
    </message>
</context>
<context>
    <name>oneshot::Settings</name>
    <message>
        <source>Pair loss</source>
        <translation>Paarverlies</translation>
    </message>
    <message>
        <source>Weight of the binary cross-entropy of the sampled pairs (Koch&apos;s loss)</source>
        <translation>Gewicht van de binaire kruisentropie van de getrokken paren (het verlies van Koch)</translation>
    </message>
    <message>
        <source>Cross-pair negatives</source>
        <translation>Kruispaar-negatieven</translation>
    </message>
    <message>
        <source>Weight of a second loss over the batch&apos;s cross pairs: every left image against every right image of another character, as a negative (0: off)</source>
        <translation>Gewicht van een tweede verlies over de kruisparen van de batch: elke linkerafbeelding tegen elke rechterafbeelding van een ander teken, als negatief (0: uit)</translation>
    </message>
    <message>
        <source>Batch one-shot loss</source>
        <translation>One-shot-verlies over batch</translation>
    </message>
    <message>
        <source>Weight of a one-shot loss over the batch: each same pair&apos;s image must pick its partner among all the batch&apos;s images (0: off)</source>
        <translation>Gewicht van een one-shot-verlies over de batch: de afbeelding van elk gelijk paar moet zijn partner kiezen uit alle afbeeldingen van de batch (0: uit)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD, per-layer momentum ramp (Koch)</source>
        <translation>SGD, momentum per laag oplopend (Koch)</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <source>same as the learning rate</source>
        <translation>gelijk aan de leersnelheid</translation>
    </message>
    <message>
        <source>Head learning rate</source>
        <translation>Leersnelheid van de kop</translation>
    </message>
    <message>
        <source>Learning rate of the L1 head; empty: the same as the twins&apos;</source>
        <translation>Leersnelheid van de L1-kop; leeg: dezelfde als die van de tweelingen</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsverval</translation>
    </message>
    <message>
        <source>L2 penalty on the twins&apos; weights</source>
        <translation>L2-straf op de gewichten van de tweelingen</translation>
    </message>
    <message>
        <source>same as the weight decay</source>
        <translation>gelijk aan het gewichtsverval</translation>
    </message>
    <message>
        <source>Head weight decay</source>
        <translation>Gewichtsverval van de kop</translation>
    </message>
    <message>
        <source>Momentum at the start</source>
        <translation>Momentum bij de start</translation>
    </message>
    <message>
        <source>Final momentum</source>
        <translation>Eindmomentum</translation>
    </message>
    <message>
        <source>Momentum ramp</source>
        <translation>Momentumhelling</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <source>Epochs over which momentum rises linearly to its final value</source>
        <translation>Epochs waarover het momentum lineair stijgt tot zijn eindwaarde</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <source>step (every N epochs)</source>
        <translation>stapsgewijs (elke N epochs)</translation>
    </message>
    <message>
        <source>exponential (every epoch)</source>
        <translation>exponentieel (elke epoch)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <source>triangular (cyclic, per batch)</source>
        <translation>driehoek (cyclisch, per batch)</translation>
    </message>
    <message>
        <source>triangular2 (cyclic, halving)</source>
        <translation>driehoek2 (cyclisch, halverend)</translation>
    </message>
    <message>
        <source>reduce on plateau</source>
        <translation>verlagen bij plateau</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by at each decay</source>
        <translation>Factor waarmee de leersnelheid bij elk verval wordt vermenigvuldigd</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Stapgrootte</translation>
    </message>
    <message>
        <source>Step schedule: epochs per step. Cyclic: batches per half cycle.</source>
        <translation>Stapschema: epochs per stap. Cyclisch: batches per halve cyclus.</translation>
    </message>
    <message>
        <source>Cyclic base learning rate</source>
        <translation>Cyclische basisleersnelheid</translation>
    </message>
    <message>
        <source>Lower bound of a cyclic schedule; the learning rate is its upper bound</source>
        <translation>Ondergrens van een cyclisch schema; de leersnelheid is de bovengrens</translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation>Plateaugeduld</translation>
    </message>
    <message>
        <source>Plateau threshold</source>
        <translation>Plateaudrempel</translation>
    </message>
    <message>
        <source>Relative improvement that counts as better</source>
        <translation>Relatieve verbetering die als beter telt</translation>
    </message>
    <message>
        <source>Lowest learning rate</source>
        <translation>Laagste leersnelheid</translation>
    </message>
    <message>
        <source>Cosine length</source>
        <translation>Cosinuslengte</translation>
    </message>
    <message>
        <source>Epochs of the cosine&apos;s half period; 0: the run&apos;s epochs</source>
        <translation>Epochs van de halve periode van de cosinus; 0: de epochs van de run</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Where the network trains, is selected and is tested</source>
        <translation>Waar het netwerk traint, geselecteerd en getest wordt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Pairs per epoch</source>
        <translation>Paren per epoch</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>paren</translation>
    </message>
    <message>
        <source>Distorted views (K)</source>
        <translation>Vervormde weergaven (K)</translation>
    </message>
    <message>
        <source>Each pair is seen once plain and K times with fresh distortions (Koch&apos;s x8: 8)</source>
        <translation>Elk paar wordt eenmaal gewoon gezien en K keer met nieuwe vervormingen (Kochs x8: 8)</translation>
    </message>
    <message>
        <source>Koch et al. 2015</source>
        <translation>Koch e.a. 2015</translation>
    </message>
    <message>
        <source>torchvision RandomAffine</source>
        <translation>torchvision RandomAffine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Distortion</source>
        <translation>Vervorming</translation>
    </message>
    <message>
        <source>Same-alphabet negatives</source>
        <translation>Negatieven uit hetzelfde alfabet</translation>
    </message>
    <message>
        <source>Share of different pairs drawn from the same alphabet (harder negatives)</source>
        <translation>Aandeel van de verschillende paren uit hetzelfde alfabet (moeilijkere negatieven)</translation>
    </message>
    <message>
        <source>Alphabets per batch</source>
        <translation>Alfabetten per batch</translation>
    </message>
    <message>
        <source>Draw each batch from this many alphabets, so that the batch&apos;s other images are same-alphabet distractors, as in Lake&apos;s runs (0: all)</source>
        <translation>Trek elke batch uit zoveel alfabetten, zodat de andere afbeeldingen van de batch afleiders uit hetzelfde alfabet zijn, zoals in Lakes runs (0: alle)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgrootte</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Tijdsbudget</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Training time after which the run validates and ends; 0: no limit</source>
        <translation>Trainingstijd waarna de run valideert en stopt; 0: geen limiet</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Decides the pairs, distortions, initial weights and validation trials</source>
        <translation>Bepaalt de paren, vervormingen, beginwaarden van de gewichten en validatieproeven</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-threads</translation>
    </message>
    <message>
        <source>Threads of the network&apos;s CPU kernels; 0: all cores</source>
        <translation>Threads van de CPU-kernels van het netwerk; 0: alle kernen</translation>
    </message>
    <message>
        <source>Loader threads</source>
        <translation>Laadthreads</translation>
    </message>
    <message>
        <source>Threads preparing distorted batches ahead</source>
        <translation>Threads die vervormde batches vooraf klaarzetten</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>Log elke</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>stappen</translation>
    </message>
    <message>
        <source>Verification pairs</source>
        <translation>Verificatieparen</translation>
    </message>
    <message>
        <source>Validation pairs scored after each epoch</source>
        <translation>Validatieparen die na elke epoch gescoord worden</translation>
    </message>
    <message>
        <source>One-shot trials</source>
        <translation>One-shotproeven</translation>
    </message>
    <message>
        <source>Validation one-shot trials after each epoch</source>
        <translation>Validatie-one-shotproeven na elke epoch</translation>
    </message>
    <message>
        <source>Ways</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Candidates per validation one-shot trial</source>
        <translation>Kandidaten per validatie-one-shotproef</translation>
    </message>
    <message>
        <source>validation one-shot</source>
        <translation>validatie one-shot</translation>
    </message>
    <message>
        <source>validation verification (tuned)</source>
        <translation>validatie verificatie (afgestemd)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>validatieverlies</translation>
    </message>
    <message>
        <source>Select on</source>
        <translation>Selecteren op</translation>
    </message>
    <message>
        <source>The validation figure that picks the best checkpoint</source>
        <translation>Het validatiecijfer dat het beste checkpoint kiest</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Geduld voor vroegtijdig stoppen</translation>
    </message>
    <message>
        <source>Epochs without improvement before stopping; 0: off</source>
        <translation>Epochs zonder verbetering voordat er gestopt wordt; 0: uit</translation>
    </message>
    <message>
        <source>Test the best checkpoint at the end</source>
        <translation>Test het beste checkpoint aan het eind</translation>
    </message>
    <message>
        <source>Run set for the one-shot test</source>
        <translation>Runset voor de one-shottest</translation>
    </message>
    <message>
        <source>all_runs.zip or a folder of runs; empty: the data folder&apos;s all_runs.zip</source>
        <translation>all_runs.zip of een map met runs; leeg: all_runs.zip in de datamap</translation>
    </message>
    <message>
        <source>Omniglot data folder</source>
        <translation>Omniglot-datamap</translation>
    </message>
    <message>
        <source>CPU preset (48x48, batch norm)</source>
        <translation>CPU-preset (48x48, batchnormalisatie)</translation>
    </message>
    <message>
        <source>Koch 2015 (105x105, 38.9M parameters)</source>
        <translation>Koch 2015 (105x105, 38,9M parameters)</translation>
    </message>
    <message>
        <source>Tiny (28x28, for a quick look)</source>
        <translation>Klein (28x28, om snel te kijken)</translation>
    </message>
    <message>
        <source>fresh pairs every epoch</source>
        <translation>nieuwe paren elke epoch</translation>
    </message>
    <message>
        <source>a fixed set, as in the paper</source>
        <translation>een vaste set, zoals in het artikel</translation>
    </message>
    <message>
        <source>Pair set</source>
        <translation>Parenset</translation>
    </message>
    <message>
        <source>Fixed: the pairs are drawn once and every epoch sees them, with the same distorted copies (Koch&apos;s 30k, 90k, 150k pairs). Fresh: drawn anew each epoch.</source>
        <translation>Vast: de paren worden eenmaal getrokken en elke epoch ziet ze, met dezelfde vervormde kopieën (Kochs 30k, 90k, 150k paren). Nieuw: elke epoch opnieuw getrokken.</translation>
    </message>
    <message>
        <source>validation verification at 0.5</source>
        <translation>validatie-verificatie bij 0,5</translation>
    </message>
    <message>
        <source>The reproduction (Koch&apos;s net, Adam, seed split)</source>
        <translation>De reproductie (Kochs netwerk, Adam, seed-splitsing)</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint elke</translation>
    </message>
    <message>
        <source>Write the last checkpoint this often inside an epoch too, so a crash loses minutes rather than an epoch; 0: at the end of each epoch only</source>
        <translation>Schrijf het laatste checkpoint ook binnen een epoch zo vaak, zodat een crash minuten kost in plaats van een epoch; 0: alleen aan het eind van elke epoch</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 mixed precision</source>
        <translation>bf16 gemengde precisie</translation>
    </message>
    <message>
        <source>fp16 mixed precision (CUDA)</source>
        <translation>fp16 gemengde precisie (CUDA)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisie</translation>
    </message>
    <message>
        <source>Convolutions and matrix products in bfloat16 or float16, the weights and the loss in fp32; bf16 needs a CPU with AVX-512 BF16 or AMX, or a GPU, and falls back to fp32 with a message elsewhere</source>
        <translation>Convoluties en matrixproducten in bfloat16 of float16, de gewichten en het verlies in fp32; bf16 vraagt een CPU met AVX-512 BF16 of AMX, of een GPU, en valt elders met een melding terug op fp32</translation>
    </message>
    <message>
        <source>Rotated classes</source>
        <translation>Gedraaide klassen</translation>
    </message>
    <message>
        <source>Each training character turned by 90, 180 and 270 degrees is a class of its own: four times the classes to tell apart (training alphabets only)</source>
        <translation>Elk trainingsteken, 90, 180 en 270 graden gedraaid, is een eigen klasse: vier keer zoveel klassen om uit elkaar te houden (alleen trainingsalfabetten)</translation>
    </message>
    <message>
        <source>Synchronised batch norm</source>
        <translation>Gesynchroniseerde batch norm</translation>
    </message>
    <message>
        <source>Data-parallel runs: batch norm&apos;s statistics over the whole batch of all workers, as on one process (one all-reduce per norm layer and step); off: each worker normalises with its own share&apos;s statistics</source>
        <translation>Data-parallelle runs: de statistieken van batch norm over de hele batch van alle workers, als in één proces (één all-reduce per normlaag en stap); uit: elke worker normaliseert met de statistieken van zijn eigen deel</translation>
    </message>
    <message>
        <source>Channels-last layout</source>
        <translation>Channels-last-indeling</translation>
    </message>
    <message>
        <source>On the CPU the layers after the first run on channels-last (NHWC) activations, which trains faster; LibTorch&apos;s batch norm then sums less exactly, so runs on other thread counts or numbers of workers drift apart sooner. Off: NCHW throughout</source>
        <translation>Op de CPU draaien de lagen na de eerste op channels-last (NHWC) activaties, wat sneller traint; de batch norm van LibTorch telt dan minder exact op, zodat runs met een ander aantal threads of workers eerder uiteenlopen. Uit: overal NCHW</translation>
    </message>
    <message>
        <source>Test-time views</source>
        <translation>Testweergaven</translation>
    </message>
    <message>
        <source>The final test and oneshot evaluate embed each image as the mean over the image and this many minus one fixed affine distortions of it; 1: the image alone, as the paper</source>
        <translation>De eindtest en oneshot evaluate bedden elk beeld in als het gemiddelde over het beeld en dit aantal min één vaste affiene vervormingen ervan; 1: alleen het beeld, zoals in het artikel</translation>
    </message>
    <message>
        <source>exponential over the run (epochs or time budget)</source>
        <translation>exponentieel over de hele run (epochs of tijdsbudget)</translation>
    </message>
    <message>
        <source>Final factor</source>
        <translation>Eindfactor</translation>
    </message>
    <message>
        <source>The learning rate at the run&apos;s end as a fraction of the initial one; the end is the last epoch or the time budget, whichever comes first</source>
        <translation>De leersnelheid aan het einde van de run als fractie van de beginwaarde; het einde is de laatste epoch of het tijdsbudget, wat het eerst komt</translation>
    </message>
    <message>
        <source>Distortion strength</source>
        <translation>Sterkte van de vervorming</translation>
    </message>
    <message>
        <source>Every range of the distortion (rotation, shear, scale, shift) times this; 1: as published, 2: twice Koch&apos;s, as the test-time views</source>
        <translation>Elk bereik van de vervorming (rotatie, afschuiving, schaal, verschuiving) maal deze waarde; 1: zoals gepubliceerd, 2: tweemaal dat van Koch, zoals de testweergaven</translation>
    </message>
    <message>
        <source>Mirrored classes</source>
        <translation>Gespiegelde klassen</translation>
    </message>
    <message>
        <source>Each training character mirrored left to right is a class of its own (with rotated classes, in each of its turns too): twice the classes to tell apart (training alphabets only)</source>
        <translation>Elk trainingsteken, van links naar rechts gespiegeld, is een eigen klasse (met gedraaide klassen ook in elke draaiing): twee keer zoveel klassen om te onderscheiden (alleen trainingsalfabetten)</translation>
    </message>
</context>
<context>
    <name>oneshot::cli</name>
    <message>
        <source>Load the Omniglot data and print its counts</source>
        <translation>De Omniglot-gegevens laden en hun aantallen tonen</translation>
    </message>
    <message>
        <source>Download the official Omniglot zips</source>
        <translation>De officiële Omniglot-zips downloaden</translation>
    </message>
    <message>
        <source>Train a Siamese network into a run folder</source>
        <translation>Een Siamees netwerk trainen in een runmap</translation>
    </message>
    <message>
        <source>Score a model on one-shot run sets (Lake&apos;s 20 runs)</source>
        <translation>Een model beoordelen op one-shot-runsets (Lakes 20 runs)</translation>
    </message>
    <message>
        <source>Pixel nearest neighbour or modified Hausdorff on run sets</source>
        <translation>Naaste buur op pixels of gemodificeerde Hausdorff op runsets</translation>
    </message>
    <message>
        <source>Similarity of two images</source>
        <translation>Gelijkenis van twee afbeeldingen</translation>
    </message>
    <message>
        <source>First-layer filters as a PNG grid</source>
        <translation>Filters van de eerste laag als PNG-raster</translation>
    </message>
    <message>
        <source>Activation maps of every conv layer for an image</source>
        <translation>Activatiekaarten van elke convolutielaag voor een afbeelding</translation>
    </message>
    <message>
        <source>A folder PyTorch loads: weights, spec and model.py</source>
        <translation>Een map die PyTorch laadt: gewichten, specificatie en model.py</translation>
    </message>
    <message>
        <source>Print the config a preset and --set make, or list the settings</source>
        <translation>Toon de configuratie die een voorinstelling en --set opleveren, of toon de instellingen</translation>
    </message>
    <message>
        <source>Reproduce a table of Koch et al. 2015 or of the reproduction</source>
        <translation>Reproduceer een tabel van Koch et al. 2015 of van de reproductie</translation>
    </message>
    <message>
        <source>One HTML file about runs and experiments</source>
        <translation>Eén HTML-bestand over runs en experimenten</translation>
    </message>
    <message>
        <source>Rank your own characters (a support set) for query images</source>
        <translation>Rangschik je eigen tekens (een steunset) voor vraagafbeeldingen</translation>
    </message>
    <message>
        <source>Embeddings of a set of images projected to the plane, as CSV</source>
        <translation>Embeddings van een set afbeeldingen geprojecteerd op het vlak, als CSV</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ActivationsPage</name>
    <message>
        <source>Input: draw, drop, paste, or double-click a drawing on the Data set page</source>
        <translation>Invoer: teken, zet neer, plak, of dubbelklik op een tekening op de pagina Dataset</translation>
    </message>
    <message>
        <source>No image yet.</source>
        <translation>Nog geen afbeelding.</translation>
    </message>
    <message>
        <source>Export all layers...</source>
        <translation>Alle lagen exporteren...</translation>
    </message>
    <message>
        <source>your image</source>
        <translation>jouw afbeelding</translation>
    </message>
    <message>
        <source>Folder for the activation maps</source>
        <translation>Map voor de activatiekaarten</translation>
    </message>
    <message>
        <source>Cannot write to %1</source>
        <translation>Kan niet schrijven naar %1</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu).</source>
        <translation>Geen model: train er een of open een checkpoint (menu Bestand).</translation>
    </message>
    <message>
        <source>Computing the maps of %1...</source>
        <translation>De kaarten van %1 berekenen...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 maps of %3x%4 (after ReLU)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 kaarten van %3x%4 (na ReLU)</translation>
    </message>
    <message>
        <source>Maps of %1 with %2</source>
        <translation>Kaarten van %1 met %2</translation>
    </message>
    <message>
        <source>Wrote %1 layers to %2 (PNG and SVG)</source>
        <translation>%1 lagen naar %2 geschreven (PNG en SVG)</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3x%4 after ReLU, %5</source>
        <translation>%1: %2 kaarten van %3x%4 na ReLU, %5</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::BoardPage</name>
    <message>
        <source>Lake&apos;s 20 runs</source>
        <translation>Lakes 20 runs</translation>
    </message>
    <message>
        <source>Sampled tasks</source>
        <translation>Getrokken taken</translation>
    </message>
    <message>
        <source>Your image</source>
        <translation>Jouw afbeelding</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Proef</translation>
    </message>
    <message>
        <source>within an alphabet</source>
        <translation>binnen een alfabet</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>over alfabetten heen</translation>
    </message>
    <message>
        <source>Distractors</source>
        <translation>Afleiders</translation>
    </message>
    <message>
        <source>Ways (N)</source>
        <translation>Keuzes (N)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>The support set: one drawing of each character of this alphabet</source>
        <translation>De steunset: één tekening van elk teken van dit alfabet</translation>
    </message>
    <message>
        <source>Support alphabet</source>
        <translation>Alfabet van de steunset</translation>
    </message>
    <message>
        <source>Support drawer</source>
        <translation>Tekenaar van de steunset</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alles uitvoeren</translation>
    </message>
    <message>
        <source>Score every trial of this task set and list the failures</source>
        <translation>Elke proef van deze takenset beoordelen en de fouten opsommen</translation>
    </message>
    <message>
        <source>Failures: query, the model&apos;s pick, the truth. Double-click to open the trial.</source>
        <translation>Fouten: vraag, de keuze van het model, de waarheid. Dubbelklik om de proef te openen.</translation>
    </message>
    <message>
        <source>Failures of the last &quot;Run all&quot; (query · pick · truth)</source>
        <translation>Fouten van de laatste &quot;Alles uitvoeren&quot; (vraag · keuze · waarheid)</translation>
    </message>
    <message>
        <source>Right: the model picked the true match.</source>
        <translation>Goed: het model koos de echte match.</translation>
    </message>
    <message>
        <source>Wrong: a tie for the top score counts as wrong.</source>
        <translation>Fout: een gelijke stand voor de hoogste score telt als fout.</translation>
    </message>
    <message>
        <source>Wrong: the model picked candidate %1; the truth is %2.</source>
        <translation>Fout: het model koos kandidaat %1; de waarheid is %2.</translation>
    </message>
    <message>
        <source>Best match: %1</source>
        <translation>Beste match: %1</translation>
    </message>
    <message>
        <source>run %1 trial %2</source>
        <translation>run %1 proef %2</translation>
    </message>
    <message>
        <source>%1 of %2 trials right: %3% (%4)</source>
        <translation>%1 van %2 proeven goed: %3% (%4)</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu) to score.</source>
        <translation>Geen model: train er een of open een checkpoint (menu Bestand) om te scoren.</translation>
    </message>
    <message>
        <source>Nothing to score: load the data and a model first.</source>
        <translation>Niets te scoren: laad eerst de gegevens en een model.</translation>
    </message>
    <message>
        <source>Scoring %1 trials...</source>
        <translation>%1 proeven scoren...</translation>
    </message>
    <message>
        <source>Sort the candidates by score</source>
        <translation>Sorteer de kandidaten op score</translation>
    </message>
    <message>
        <source>Best score first; each candidate keeps its number in the trial</source>
        <translation>Beste score eerst; elke kandidaat houdt zijn nummer in de proef</translation>
    </message>
    <message>
        <source>Your characters</source>
        <translation>Je eigen tekens</translation>
    </message>
    <message>
        <source>Open a folder...</source>
        <translation>Een map openen...</translation>
    </message>
    <message>
        <source>Open a zip...</source>
        <translation>Een zip openen...</translation>
    </message>
    <message>
        <source>A support set: one subfolder per character, each with 1 to k images of it in any format and size. Then draw, drop or paste a query.</source>
        <translation>Een steunset: één submap per teken, elk met 1 tot k afbeeldingen ervan in elk formaat en elke grootte. Teken, sleep of plak daarna een vraag.</translation>
    </message>
    <message>
        <source>No characters yet.</source>
        <translation>Nog geen tekens.</translation>
    </message>
    <message>
        <source>Your characters: a folder per character</source>
        <translation>Je eigen tekens: een map per teken</translation>
    </message>
    <message>
        <source>Your characters: a zip with a folder per character</source>
        <translation>Je eigen tekens: een zip met een map per teken</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Niet geladen.</translation>
    </message>
    <message>
        <source>%1: %2 characters, %3 images</source>
        <translation>%1: %2 tekens, %3 afbeeldingen</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 laden...</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Open a folder or zip of your characters, then draw, drop or paste a query.</source>
        <translation>Open een map of zip met je tekens en teken, sleep of plak dan een vraag.</translation>
    </message>
    <message>
        <source>Add the query as a character...</source>
        <translation>De query als teken toevoegen...</translation>
    </message>
    <message>
        <source>Save the drawn or dropped query into your characters&apos; folder, as a new character or one more drawing of one</source>
        <translation>Sla de getekende of neergezette query op in de map van je tekens, als nieuw teken of als extra tekening van een teken</translation>
    </message>
    <message>
        <source>Draw, drop or paste a character first.</source>
        <translation>Teken, sleep of plak eerst een teken.</translation>
    </message>
    <message>
        <source>A folder for your characters (new or existing)</source>
        <translation>Een map voor je tekens (nieuw of bestaand)</translation>
    </message>
    <message>
        <source>Add the query</source>
        <translation>De query toevoegen</translation>
    </message>
    <message>
        <source>Character (new or existing):</source>
        <translation>Teken (nieuw of bestaand):</translation>
    </message>
    <message>
        <source>Accuracy against N...</source>
        <translation>Nauwkeurigheid tegen N...</translation>
    </message>
    <message>
        <source>Measure N-way accuracy for N = 5 to 50 and K = 1 and 5 on the evaluation alphabets</source>
        <translation>Meet de N-way-nauwkeurigheid voor N = 5 tot 50 en K = 1 en 5 op de evaluatie-alfabetten</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Saved %1. A support set needs two characters at least: draw another and add it.</source>
        <translation>%1 opgeslagen. Een support-set heeft minstens twee tekens nodig: teken er nog een en voeg het toe.</translation>
    </message>
    <message>
        <source>Classify a labelled folder...</source>
        <translation>Een gelabelde map classificeren...</translation>
    </message>
    <message>
        <source>Rank a folder of queries, one subfolder per character of your set, and show the confusion matrix</source>
        <translation>Rangschik een map met query&apos;s, één submap per teken van je set, en toon de verwarringsmatrix</translation>
    </message>
    <message>
        <source>Labelled queries: one subfolder per character of your set</source>
        <translation>Gelabelde query&apos;s: één submap per teken van je set</translation>
    </message>
    <message>
        <source>Open your characters first: the queries are ranked against them.</source>
        <translation>Open eerst je tekens: de query&apos;s worden daartegen gerangschikt.</translation>
    </message>
    <message>
        <source>Classifying the queries in %1...</source>
        <translation>De query&apos;s in %1 classificeren...</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::CandidateGrid</name>
    <message>
        <source>rank %1 · p %2</source>
        <translation>rang %1 · p %2</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ConfigForm</name>
    <message>
        <source>Model and protocol</source>
        <translation>Model en protocol</translation>
    </message>
    <message>
        <source>Pairs and distortions</source>
        <translation>Paren en vervormingen</translation>
    </message>
    <message>
        <source>Loss terms</source>
        <translation>Verliestermen</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Leersnelheidsschema</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Validation and selection</source>
        <translation>Validatie en selectie</translation>
    </message>
    <message>
        <source>A preset sets the network and its recommended training settings</source>
        <translation>Een voorinstelling kiest het netwerk en zijn aanbevolen trainingsinstellingen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>The form has no field for &apos;%1&apos;</source>
        <translation>Het formulier heeft geen veld voor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1
%2 parameters, %3 M multiply-adds per image</source>
        <translation>%1
%2 parameters, %3 M vermenigvuldig-optellingen per afbeelding</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ConfusionDialog</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Verwarringsmatrix</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Opslaan...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the confusion matrix (CSV, with PNG and SVG beside)</source>
        <translation>De verwarringsmatrix opslaan (CSV, met PNG en SVG ernaast)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 labelled queries right (%3 %) against %4 characters; %5 queries in %6.</source>
        <translation>%1 van %2 gelabelde query&apos;s goed (%3 %) tegen %4 tekens; %5 query&apos;s in %6.</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg</source>
        <translation>%1.csv, .png en .svg geschreven</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::CurveChart</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tijd (s)</translation>
    </message>
    <message>
        <source>What the x axis shows</source>
        <translation>Wat de x-as toont</translation>
    </message>
    <message>
        <source>Smoothing: TensorBoard&apos;s debiased exponential moving average</source>
        <translation>Afvlakking: het voor bias gecorrigeerde exponentieel voortschrijdend gemiddelde van TensorBoard</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logaritmische schaal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or its data as CSV</source>
        <translation>De grafiek opslaan als PNG of SVG, of de gegevens als CSV</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stap</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>verstreken tijd (s)</translation>
    </message>
    <message>
        <source>Smoothing %1</source>
        <translation>Afvlakking %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;CSV-gegevens (*.csv)</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DataController</name>
    <message>
        <source>Downloading Omniglot into %1...</source>
        <translation>Omniglot downloaden naar %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DatasetPage</name>
    <message>
        <source>Choose a folder with the Omniglot zips...</source>
        <translation>Kies een map met de Omniglot-zips...</translation>
    </message>
    <message>
        <source>Download the official zips (16 MB)</source>
        <translation>De officiële zips downloaden (16 MB)</translation>
    </message>
    <message>
        <source>From github.com/brendenlake/omniglot; size, md5 and content are checked</source>
        <translation>Van github.com/brendenlake/omniglot; grootte, md5 en inhoud worden gecontroleerd</translation>
    </message>
    <message>
        <source>Alphabet / character</source>
        <translation>Alfabet / teken</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Tekeningen</translation>
    </message>
    <message>
        <source>The 50 Omniglot alphabets: 30 background and 20 evaluation.</source>
        <translation>De 50 Omniglot-alfabetten: 30 background en 20 evaluation.</translation>
    </message>
    <message>
        <source>Select a character to see its 20 drawings.</source>
        <translation>Selecteer een teken om de 20 tekeningen ervan te zien.</translation>
    </message>
    <message>
        <source>Double-click a drawing to see its activation maps.</source>
        <translation>Dubbelklik op een tekening om de activatiekaarten ervan te zien.</translation>
    </message>
    <message>
        <source>Looking for the Omniglot data...</source>
        <translation>De Omniglot-gegevens zoeken...</translation>
    </message>
    <message>
        <source>%1: %2 alphabets, %3 characters, %4 images</source>
        <translation>%1: %2 alfabetten, %3 tekens, %4 afbeeldingen</translation>
    </message>
    <message>
        <source>Background set</source>
        <translation>Background-set</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Evaluation-set</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 (id %3): %4 drawings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 (id %3): %4 tekeningen</translation>
    </message>
    <message>
        <source>drawer %1</source>
        <translation>tekenaar %1</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DrawingPad</name>
    <message>
        <source>Draw a character with the mouse, drop an image file here, or paste one (Ctrl+V). Right-click or Delete clears.</source>
        <translation>Teken een teken met de muis, zet hier een afbeeldingsbestand neer, of plak er een (Ctrl+V). Rechtsklik of Delete wist.</translation>
    </message>
    <message>
        <source>Draw here
or drop an image</source>
        <translation>Teken hier
of zet een afbeelding neer</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>jouw tekening</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Niets om te plakken</translation>
    </message>
    <message>
        <source>%1 is not a local file</source>
        <translation>%1 is geen lokaal bestand</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>de geplakte afbeelding</translation>
    </message>
    <message>
        <source>The dropped data is neither an image nor a file</source>
        <translation>De neergezette gegevens zijn geen afbeelding en geen bestand</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is geen bestand</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be an image of a character</source>
        <translation>%1 is te groot (%2 MB) om een afbeelding van een teken te zijn</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::EmbeddingPage</name>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>PCA: the two directions of largest variance (linear, fast). t-SNE: keeps neighbourhoods (perplexity 30, 1000 iterations, seeded), distances between clusters mean little.</source>
        <translation>PCA: de twee richtingen met de grootste variantie (lineair, snel). t-SNE: behoudt buurten (perplexiteit 30, 1000 iteraties, met seed); afstanden tussen clusters zeggen weinig.</translation>
    </message>
    <message>
        <source>Colour by alphabet</source>
        <translation>Kleur per alfabet</translation>
    </message>
    <message>
        <source>Colour by character</source>
        <translation>Kleur per teken</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <source>Choose a set to map its embeddings.</source>
        <translation>Kies een set om de inbeddingen ervan in kaart te brengen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nearest neighbours&lt;/b&gt; (click a point)</source>
        <translation>&lt;b&gt;Naaste buren&lt;/b&gt; (klik op een punt)</translation>
    </message>
    <message>
        <source>Your characters (one subfolder each)</source>
        <translation>Je tekens (één submap per teken)</translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation>Kan %1 niet in kaart brengen: %2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(zonder label)</translation>
    </message>
    <message>
        <source>your characters in %1</source>
        <translation>je tekens in %1</translation>
    </message>
    <message>
        <source>Evaluation characters, one drawing each</source>
        <translation>Evaluatietekens, één tekening per teken</translation>
    </message>
    <message>
        <source>Background characters, one drawing each</source>
        <translation>Achtergrondtekens, één tekening per teken</translation>
    </message>
    <message>
        <source>%1 (%2), all drawings</source>
        <translation>%1 (%2), alle tekeningen</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>background</source>
        <translation>achtergrond</translation>
    </message>
    <message>
        <source>Your characters...</source>
        <translation>Je tekens...</translation>
    </message>
    <message>
        <source>drawer %1</source>
        <translation>tekenaar %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 lezen...</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu).</source>
        <translation>Geen model: train er een of open een checkpoint (menu Bestand).</translation>
    </message>
    <message>
        <source>Embedding %1 images of %2 and mapping them with %3...</source>
        <translation>%1 afbeeldingen van %2 inbedden en met %3 in kaart brengen...</translation>
    </message>
    <message>
        <source>%1: %2 images, %3 of the embedding&apos;s %4 dimensions. Of each image&apos;s %5 nearest neighbours in the embedding, %6 % are also nearest on this map.</source>
        <translation>%1: %2 afbeeldingen, %3 van de %4 dimensies van de inbedding. Van de %5 naaste buren van elke afbeelding in de inbedding zijn er %6 % ook het naast op deze kaart.</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (gekozen)</translation>
    </message>
    <message>
        <source>%1
mean |difference| %2</source>
        <translation>%1
gemiddeld |verschil| %2</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>De kaart exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::FiltersPage</name>
    <message>
        <source>Follow training</source>
        <translation>Training volgen</translation>
    </message>
    <message>
        <source>Show the newest filters as they change</source>
        <translation>De nieuwste filters tonen terwijl ze veranderen</translation>
    </message>
    <message>
        <source>Go back through the epochs of the run</source>
        <translation>Terug door de epochs van de run</translation>
    </message>
    <message>
        <source>Normalise per filter</source>
        <translation>Per filter normaliseren</translation>
    </message>
    <message>
        <source>Normalise globally (grey = 0)</source>
        <translation>Globaal normaliseren (grijs = 0)</translation>
    </message>
    <message>
        <source>fit to window</source>
        <translation>passend in venster</translation>
    </message>
    <message>
        <source> px per weight</source>
        <translation> px per gewicht</translation>
    </message>
    <message>
        <source>Zoom: pixels per filter weight</source>
        <translation>Zoom: pixels per filtergewicht</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>No filters yet: start a run or open a checkpoint.</source>
        <translation>Nog geen filters: start een run of open een checkpoint.</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Exportgrootte</translation>
    </message>
    <message>
        <source>%1 filters of %2x%2 · epoch %3 · step %4</source>
        <translation>%1 filters van %2x%2 · epoch %3 · stap %4</translation>
    </message>
    <message>
        <source>Export filters (PNG, with SVG beside)</source>
        <translation>Filters exporteren (PNG, met SVG ernaast)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Width in pixels (each weight a crisp square)</source>
        <translation>Breedte in pixels (elk gewicht een scherp vierkant)</translation>
    </message>
    <message>
        <source>Wrote %1.png and %1.svg</source>
        <translation>%1.png en %1.svg geschreven</translation>
    </message>
    <message>
        <source>First-layer filters: %1 of %2x%2, epoch %3</source>
        <translation>Filters van de eerste laag: %1 van %2x%2, epoch %3</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::MainWindow</name>
    <message>
        <source>Oneshot Studio</source>
        <translation>Oneshot Studio</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activaties</translation>
    </message>
    <message>
        <source>One-shot board</source>
        <translation>One-shot-bord</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;data folder...</source>
        <translation>&amp;Gegevensmap openen...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open &amp;checkpoint...</source>
        <translation>&amp;Checkpoint openen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Donkere modus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Oneshot Studio</source>
        <translation>&amp;Over Oneshot Studio</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Geen model</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Model: %1</translation>
    </message>
    <message>
        <source>Omniglot: %1 characters, %2 images</source>
        <translation>Omniglot: %1 tekens, %2 afbeeldingen</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 laden...</translation>
    </message>
    <message>
        <source>Loading Omniglot from %1...</source>
        <translation>Omniglot laden uit %1...</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips</source>
        <translation>Map met de Omniglot-zips</translation>
    </message>
    <message>
        <source>Not an Omniglot folder</source>
        <translation>Geen Omniglot-map</translation>
    </message>
    <message>
        <source>%1 holds neither images_background.zip nor an images_background folder.</source>
        <translation>%1 bevat geen images_background.zip en geen map images_background.</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>Checkpoint openen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>About Oneshot Studio</source>
        <translation>Over Oneshot Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Oneshot Studio %1&lt;/h3&gt;&lt;p&gt;One-shot image recognition with Siamese networks (Koch, Zemel and Salakhutdinov 2015) on Omniglot.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Uses: Qt %2 (LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0), LibTorch (BSD-3-Clause), OpenCV (Apache-2.0), libzip (BSD-3-Clause), OpenBLAS (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;Omniglot data: Brenden Lake, MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oneshot Studio %1&lt;/h3&gt;&lt;p&gt;One-shot-beeldherkenning met Siamese netwerken (Koch, Zemel en Salakhutdinov 2015) op Omniglot.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU General Public License, versie 3 of later.&lt;/p&gt;&lt;p&gt;Gebruikt: Qt %2 (LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0), LibTorch (BSD-3-Clause), OpenCV (Apache-2.0), libzip (BSD-3-Clause), OpenBLAS (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;Omniglot-gegevens: Brenden Lake, MIT-licentie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training loopt</translation>
    </message>
    <message>
        <source>Stop the training and quit? The last checkpoint is kept, and the run can be resumed.</source>
        <translation>De training stoppen en afsluiten? Het laatste checkpoint blijft bewaard en de run kan worden hervat.</translation>
    </message>
    <message>
        <source>Stopping the training...</source>
        <translation>De training stoppen...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>de taal van het systeem</translation>
    </message>
    <message>
        <source>Oneshot Studio will speak %1 from its next start.</source>
        <translation>Oneshot Studio spreekt %1 vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduceren</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Rapport &amp;exporteren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>There is nothing to report yet: train a run, open one on the Runs page, or run an experiment on the Reproduce page.</source>
        <translation>Er is nog niets om over te rapporteren: train een run, open er een op de pagina Runs, of voer een experiment uit op de pagina Reproduceren.</translation>
    </message>
    <message>
        <source>HTML, images inline (*.html);;PDF (*.pdf)</source>
        <translation>HTML, afbeeldingen ingebed (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Rapport %1 wordt geschreven...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Inbedding</translation>
    </message>
    <message>
        <source>CPU · %1 threads · %2 · %3</source>
        <translation>CPU · %1 threads · %2 · %3</translation>
    </message>
    <message>
        <source>fp32 and bf16</source>
        <translation>fp32 en bf16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>%1 workers × %2 threads</source>
        <translation>%1 workers × %2 threads</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 threads</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · training in %4</source>
        <translation>%1 · %2 · %3 · traint in %4</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ReproducePage</name>
    <message>
        <source>CPU: the CPU preset on the same axes, with a time budget per run</source>
        <translation>CPU: de CPU-voorinstelling op dezelfde assen, met een tijdsbudget per run</translation>
    </message>
    <message>
        <source>Paper: koch2015 with the paper&apos;s settings (a GPU)</source>
        <translation>Artikel: koch2015 met de instellingen van het artikel (een GPU)</translation>
    </message>
    <message>
        <source>Tiny: a tiny net in about a minute, to see how it works</source>
        <translation>Klein: een klein netwerk in ongeveer een minuut, om te zien hoe het werkt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source> min per run</source>
        <translation> min per run</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Tijdsbudget</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop after the current step; Start again resumes where it stopped</source>
        <translation>Stop na de huidige stap; opnieuw Starten gaat verder waar het stopte</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Ours at 0.5</source>
        <translation>Ons bij 0,5</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproductie</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Double-click a cell that trained to open its run</source>
        <translation>Dubbelklik op een cel die getraind heeft om zijn run te openen</translation>
    </message>
    <message>
        <source>Current cell: training loss</source>
        <translation>Huidige cel: trainingsverlies</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>verlies</translation>
    </message>
    <message>
        <source>Current cell: validation</source>
        <translation>Huidige cel: validatie</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>nauwkeurigheid</translation>
    </message>
    <message>
        <source>verification @0.5</source>
        <translation>verificatie @0,5</translation>
    </message>
    <message>
        <source>verification, tuned threshold</source>
        <translation>verificatie, afgestemde drempel</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>one-shot</translation>
    </message>
    <message>
        <source>Experiment folder</source>
        <translation>Experimentmap</translation>
    </message>
    <message>
        <source>Cell %1 of %2 (%3): %4</source>
        <translation>Cel %1 van %2 (%3): %4</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>Het experiment is mislukt: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Klaar: %1</translation>
    </message>
    <message>
        <source>Stopped; Start resumes it.</source>
        <translation>Gestopt; Starten zet het voort.</translation>
    </message>
    <message>
        <source>Resuming the experiment that was running when Oneshot Studio closed</source>
        <translation>Het experiment dat liep toen Oneshot Studio sloot wordt voortgezet</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet.</source>
        <translation>De Omniglot-gegevens zijn nog niet geladen.</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>geciteerd</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source> (cited)</source>
        <translation> (geciteerd)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::RunMonitor</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Start training (Ctrl+R)</source>
        <translation>Training starten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Pause or resume mid-epoch</source>
        <translation>Midden in een epoch pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop now; the last checkpoint is kept and can be resumed</source>
        <translation>Nu stoppen; het laatste checkpoint blijft bewaard en kan worden hervat</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Gereed.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlies</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>verlies</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validatienauwkeurigheid</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>nauwkeurigheid</translation>
    </message>
    <message>
        <source>verification @0.5</source>
        <translation>verificatie @0,5</translation>
    </message>
    <message>
        <source>verification, tuned threshold</source>
        <translation>verificatie, afgestemde drempel</translation>
    </message>
    <message>
        <source>20-way one-shot</source>
        <translation>20-voudig one-shot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Gepauzeerd.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Hervat.</translation>
    </message>
    <message>
        <source>Training %1 (%2 parameters) on %3 with %4 threads</source>
        <translation>%1 trainen (%2 parameters) op %3 met %4 threads</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · step %3 · loss %4 · %5 pairs/s · elapsed %6 · ETA %7</source>
        <translation>Epoch %1/%2 · stap %3 · verlies %4 · %5 paren/s · verstreken %6 · resterend %7</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>De run is mislukt: %1</translation>
    </message>
    <message>
        <source>Run ended (%1) after %2 epochs.</source>
        <translation>Run beëindigd (%1) na %2 epochs.</translation>
    </message>
    <message>
        <source>Test (%1 protocol): %2 of %3 one-shot trials correct, %4%.</source>
        <translation>Test (protocol %1): %2 van %3 one-shot-proeven goed, %4%.</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::RunsPage</name>
    <message>
        <source>Open run folder...</source>
        <translation>Runmap openen...</translation>
    </message>
    <message>
        <source>Any folder with config.json and metrics.csv, from the app or the CLI</source>
        <translation>Elke map met config.json en metrics.csv, van de app of de CLI</translation>
    </message>
    <message>
        <source>Look at its model</source>
        <translation>Het model ervan bekijken</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s best checkpoint into the Filters, Activations and Board pages</source>
        <translation>Het beste checkpoint van de geselecteerde run laden in de pagina&apos;s Filters, Activaties en Bord</translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation>Tabel exporteren...</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Best val. one-shot</source>
        <translation>Beste val. one-shot</translation>
    </message>
    <message>
        <source>Best val. verification</source>
        <translation>Beste val. verificatie</translation>
    </message>
    <message>
        <source>Test one-shot</source>
        <translation>Test one-shot</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Runmap</translation>
    </message>
    <message>
        <source>Export runs table</source>
        <translation>Runtabel exporteren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
    <message>
        <source>%1 is not a run folder (no config.json and metrics.csv)</source>
        <translation>%1 is geen runmap (geen config.json en metrics.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>running or stopped</source>
        <translation>loopt of gestopt</translation>
    </message>
    <message>
        <source>Validation one-shot</source>
        <translation>Validatie one-shot</translation>
    </message>
    <message>
        <source>Validation verification (tuned)</source>
        <translation>Validatie-verificatie (afgestemd)</translation>
    </message>
    <message>
        <source>Validation verification at 0.5</source>
        <translation>Validatie-verificatie bij 0,5</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validatieverlies</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlies</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <source>Loss term: %1</source>
        <translation>Verliesterm: %1</translation>
    </message>
    <message>
        <source>Test verification</source>
        <translation>Testverificatie</translation>
    </message>
    <message>
        <source>The metric this chart overlays for the selected runs</source>
        <translation>De maat die deze grafiek voor de geselecteerde runs over elkaar legt</translation>
    </message>
    <message>
        <source>%1, selected runs</source>
        <translation>%1, geselecteerde runs</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>Watch the selected runs while they train (here, or on another machine writing to a shared folder): new metrics rows and checkpoints appear as they are written</source>
        <translation>Volg de geselecteerde runs terwijl ze trainen (hier, of op een andere machine die in een gedeelde map schrijft): nieuwe metriekregels en checkpoints verschijnen zodra ze geschreven zijn</translation>
    </message>
    <message numerus="yes">
        <source>Following %n run(s)</source>
        <translation>
            <numerusform>Volgt %n run</numerusform>
            <numerusform>Volgt %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new best checkpoint, written %2</source>
        <translation>%1: nieuw beste checkpoint, geschreven om %2</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::TrainPage</name>
    <message>
        <source>Learning rate preview</source>
        <translation>Voorbeeld van de leersnelheid</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Runmap</translation>
    </message>
    <message>
        <source>Start training (Ctrl+R)</source>
        <translation>Training starten (Ctrl+R)</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>Het origineel</translation>
    </message>
    <message>
        <source>A fresh distortion</source>
        <translation>Een nieuwe vervorming</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet.</source>
        <translation>De Omniglot-gegevens zijn nog niet geladen.</translation>
    </message>
    <message>
        <source>Run folder in use</source>
        <translation>Runmap in gebruik</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new run folder.</source>
        <translation>%1 is niet leeg. Kies een nieuwe runmap.</translation>
    </message>
    <message>
        <source>A new or empty folder for config.json, metrics.csv and the checkpoints</source>
        <translation>Een nieuwe of lege map voor config.json, metrics.csv en de checkpoints</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Kan niet starten: %1</translation>
    </message>
    <message>
        <source>Up to %1 epochs; early stopping may end the run sooner.</source>
        <translation>Tot %1 epochs; vroegtijdig stoppen kan de run eerder beëindigen.</translation>
    </message>
    <message>
        <source>the last %1 run here</source>
        <translation>de laatste %1-run hier</translation>
    </message>
    <message>
        <source>the default model&apos;s training</source>
        <translation>de training van het standaardmodel</translation>
    </message>
    <message>
        <source>How many epochs fit in %1 minutes is known after a first run of this network; the preview shows all %2.</source>
        <translation>Hoeveel epochs in %1 minuten passen is bekend na een eerste run van dit netwerk; de voorvertoning toont alle %2.</translation>
    </message>
    <message>
        <source>About %1 of %2 epochs fit in %3 minutes, at %4 pairs/s (%5).</source>
        <translation>Ongeveer %1 van %2 epochs passen in %3 minuten, bij %4 paren/s (%5).</translation>
    </message>
    <message>
        <source>1: train in this program. More: a data-parallel run of that many worker processes on this machine (oneshot train --nproc), each with its share of the cores; the batch is split between them and their gradients summed</source>
        <translation>1: train in dit programma. Meer: een data-parallelle run van zoveel workerprocessen op deze machine (oneshot train --nproc), elk met zijn deel van de cores; de batch wordt over ze verdeeld en hun gradiënten opgeteld</translation>
    </message>
    <message>
        <source>Needs the command-line program beside this one (%1)</source>
        <translation>Vereist het opdrachtregelprogramma naast dit programma (%1)</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>Workerprocessen</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::TrainingController</name>
    <message>
        <source>Cannot write the run&apos;s config to %1: %2</source>
        <translation>Kan de config van de run niet schrijven naar %1: %2</translation>
    </message>
    <message>
        <source>A run with several workers needs the command-line program, which is not at %1</source>
        <translation>Een run met meerdere workers heeft het opdrachtregelprogramma nodig, dat niet op %1 staat</translation>
    </message>
    <message>
        <source>The workers ended with exit code %1</source>
        <translation>De workers stopten met exitcode %1</translation>
    </message>
    <message>
        <source>A run with several worker processes cannot pause; stop it, and resume it later</source>
        <translation>Een run met meerdere workerprocessen kan niet pauzeren; stop hem en hervat hem later</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::WaysCurveDialog</name>
    <message>
        <source>Accuracy against the number of candidates</source>
        <translation>Nauwkeurigheid tegen het aantal kandidaten</translation>
    </message>
    <message>
        <source> trials a point</source>
        <translation> proeven per punt</translation>
    </message>
    <message>
        <source>Distractors from any alphabet</source>
        <translation>Afleiders uit elk alfabet</translation>
    </message>
    <message>
        <source>Distractors from the query&apos;s alphabet</source>
        <translation>Afleiders uit het alfabet van de query</translation>
    </message>
    <message>
        <source>Within an alphabet, N is capped at the alphabet&apos;s size (20 to 47 characters).</source>
        <translation>Binnen een alfabet is N begrensd door de grootte van het alfabet (20 tot 47 tekens).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Meten</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Opslaan...</translation>
    </message>
    <message>
        <source>N = 5 to 50 candidates, K = 1 and 5 drawings of each, on the 20 evaluation alphabets (mean embedding for K &gt; 1).</source>
        <translation>N = 5 tot 50 kandidaten, K = 1 en 5 tekeningen van elk, op de 20 evaluatie-alfabetten (gemiddelde inbedding voor K &gt; 1).</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy</source>
        <translation>N-way K-shot-nauwkeurigheid</translation>
    </message>
    <message>
        <source>Save the curve (CSV, with PNG and SVG beside)</source>
        <translation>De curve opslaan (CSV, met PNG en SVG ernaast)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>%1 points of %2 trials with %3.</source>
        <translation>%1 punten van %2 proeven met %3.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Measuring with %1...</source>
        <translation>Meten met %1...</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>nauwkeurigheid (%)</translation>
    </message>
    <message>
        <source>within alphabets</source>
        <translation>binnen alfabetten</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>over alfabetten heen</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg</source>
        <translation>%1.csv, .png en .svg geschreven</translation>
    </message>
</context>
</TS>
