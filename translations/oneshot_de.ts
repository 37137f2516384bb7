<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Usage: oneshot COMMAND [options]

Commands:
</source>
        <translation>Aufruf: oneshot BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.

</translation>
    </message>
    <message>
        <source>Unknown option %1
</source>
        <translation>Unbekannte Option %1
</translation>
    </message>
    <message>
        <source>Loads the Omniglot background and evaluation sets and prints their counts.</source>
        <translation>Lädt die Omniglot-Sets background und evaluation und gibt ihre Anzahlen aus.</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips or extracted folders.</source>
        <translation>Ordner mit den Omniglot-ZIPs oder entpackten Ordnern.</translation>
    </message>
    <message>
        <source>background, evaluation or both (default).</source>
        <translation>background, evaluation oder both (Standard).</translation>
    </message>
    <message>
        <source>Decoding threads (0: all cores).</source>
        <translation>Threads zum Dekodieren (0: alle Kerne).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Unknown set &apos;%1&apos; (expected background, evaluation or both)</source>
        <translation>Unbekanntes Set &apos;%1&apos; (erwartet: background, evaluation oder both)</translation>
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
        <translation>  %1: %2 Alphabete, %3 Zeichen, %4 Bilder, %5 Zeichner pro Zeichen (%6)
</translation>
    </message>
    <message>
        <source>  loaded in %1 s, %2 MB in memory
</source>
        <translation>  geladen in %1 s, %2 MB im Speicher
</translation>
    </message>
    <message>
        <source>Downloads the official Omniglot zips, checks size, md5 and content, and renames them into place.</source>
        <translation>Lädt die offiziellen Omniglot-ZIPs herunter, prüft Größe, MD5 und Inhalt und benennt sie an ihren Platz um.</translation>
    </message>
    <message>
        <source>Target folder (default: the app&apos;s data folder).</source>
        <translation>Zielordner (Standard: der Datenordner der App).</translation>
    </message>
    <message>
        <source>Fetch from this address instead of the official one (a mirror).</source>
        <translation>Von dieser Adresse statt der offiziellen laden (ein Spiegel).</translation>
    </message>
    <message>
        <source>Skip the size and md5 check (for rebuilt copies); the content is still checked.</source>
        <translation>Größen- und MD5-Prüfung überspringen (für neu erstellte Kopien); der Inhalt wird trotzdem geprüft.</translation>
    </message>
    <message>
        <source>%1: done, checked
</source>
        <translation>%1: fertig, geprüft
</translation>
    </message>
    <message>
        <source>Omniglot is in %1
</source>
        <translation>Omniglot liegt in %1
</translation>
    </message>
    <message>
        <source>Model %1, %2 parameters; %3; device %4, %5 threads
</source>
        <translation>Modell %1, %2 Parameter; %3; Gerät %4, %5 Threads
</translation>
    </message>
    <message>
        <source>epoch %1  %2  train loss %3  val loss %4  verification %5 (tuned %6)  one-shot %7%8
</source>
        <translation>Epoche %1  %2  Trainingsverlust %3  Val.-Verlust %4  Verifikation %5 (abgestimmt %6)  One-Shot %7%8
</translation>
    </message>
    <message>
        <source>--device cuda: this LibTorch has no CUDA or no GPU is visible</source>
        <translation>--device cuda: diese LibTorch hat kein CUDA oder es ist keine GPU sichtbar</translation>
    </message>
    <message>
        <source>A checkpoint file.</source>
        <translation>Eine Checkpoint-Datei.</translation>
    </message>
    <message>
        <source>auto, cpu or cuda.</source>
        <translation>auto, cpu oder cuda.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 trials correct in %4 runs: accuracy %5% (error %6%), %7 s
</source>
        <translation>%1: %2 von %3 Versuchen richtig in %4 Läufen: Genauigkeit %5% (Fehler %6%), %7 s
</translation>
    </message>
    <message>
        <source>Trains a Siamese network and writes a run folder (config.json, metrics.csv, checkpoints, result.json).</source>
        <translation>Trainiert ein siamesisches Netz und schreibt einen Laufordner (config.json, metrics.csv, Checkpoints, result.json).</translation>
    </message>
    <message>
        <source>Omniglot data folder (found automatically if omitted).</source>
        <translation>Omniglot-Datenordner (wird automatisch gefunden, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>The run folder to create.</source>
        <translation>Der anzulegende Laufordner.</translation>
    </message>
    <message>
        <source>Resume the run in RUNDIR from its last checkpoint.</source>
        <translation>Den Lauf in LAUFORDNER ab seinem letzten Checkpoint fortsetzen.</translation>
    </message>
    <message>
        <source>Print JSON lines (start, epoch, result) instead of text.</source>
        <translation>JSON-Zeilen (Start, Epoche, Ergebnis) statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Give --out RUNDIR for the new run (or --resume RUNDIR)</source>
        <translation>Geben Sie --out LAUFORDNER für den neuen Lauf an (oder --resume LAUFORDNER)</translation>
    </message>
    <message>
        <source>Run %1 ended (%2) after %3 epochs, %4 steps, %5.
</source>
        <translation>Lauf %1 beendet (%2) nach %3 Epochen, %4 Schritten, %5.
</translation>
    </message>
    <message>
        <source>Best epoch %1: validation one-shot %2, verification %3 (tuned)
</source>
        <translation>Beste Epoche %1: Validierung One-Shot %2, Verifikation %3 (abgestimmt)
</translation>
    </message>
    <message>
        <source>Test (%1 protocol, %2): %3 of %4 correct, accuracy %5
</source>
        <translation>Test (Protokoll %1, %2): %3 von %4 richtig, Genauigkeit %5
</translation>
    </message>
    <message>
        <source>Run set zip or folder (default: all_runs.zip of the data folder).</source>
        <translation>Laufset als ZIP oder Ordner (Standard: all_runs.zip im Datenordner).</translation>
    </message>
    <message>
        <source>Omniglot data folder, to find all_runs.zip.</source>
        <translation>Omniglot-Datenordner, um all_runs.zip zu finden.</translation>
    </message>
    <message>
        <source>CPU threads (0: all).</source>
        <translation>CPU-Threads (0: alle).</translation>
    </message>
    <message>
        <source>Computes a baseline on one-shot run sets: nearest neighbour on pixels, or Lake&apos;s modified Hausdorff distance.</source>
        <translation>Berechnet eine Vergleichsbasis auf One-Shot-Laufsets: nächster Nachbar auf Pixeln oder Lakes modifizierte Hausdorff-Distanz.</translation>
    </message>
    <message>
        <source>pixels or hausdorff.</source>
        <translation>pixels oder hausdorff.</translation>
    </message>
    <message>
        <source>--method must be pixels or hausdorff, got &apos;%1&apos;</source>
        <translation>--method muss pixels oder hausdorff sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The similarity of two images, through the same preprocessing as a dropped image.</source>
        <translation>Die Ähnlichkeit zweier Bilder, mit derselben Vorverarbeitung wie ein abgelegtes Bild.</translation>
    </message>
    <message>
        <source>First image.</source>
        <translation>Erstes Bild.</translation>
    </message>
    <message>
        <source>Second image.</source>
        <translation>Zweites Bild.</translation>
    </message>
    <message>
        <source>Give two images</source>
        <translation>Geben Sie zwei Bilder an</translation>
    </message>
    <message>
        <source>probability same: %1 (logit %2)
</source>
        <translation>Wahrscheinlichkeit gleich: %1 (Logit %2)
</translation>
    </message>
    <message>
        <source>One range for all filters (zero is mid grey) instead of one per filter.</source>
        <translation>Ein Bereich für alle Filter (null ist mittelgrau) statt einem pro Filter.</translation>
    </message>
    <message>
        <source>Give --out FILE.png</source>
        <translation>Geben Sie --out DATEI.png an</translation>
    </message>
    <message>
        <source>Any image; preprocessed like a dropped one.</source>
        <translation>Ein beliebiges Bild; vorverarbeitet wie ein abgelegtes.</translation>
    </message>
    <message>
        <source>Give one IMAGE and --out DIR</source>
        <translation>Geben Sie ein BILD und --out ORDNER an</translation>
    </message>
    <message>
        <source>Writes weights.pt, spec.json and model.py: a folder PyTorch users can load with model.load(folder).</source>
        <translation>Schreibt weights.pt, spec.json und model.py: ein Ordner, den PyTorch-Nutzer mit model.load(ordner) laden.</translation>
    </message>
    <message>
        <source>Folder to write.</source>
        <translation>Zu schreibender Ordner.</translation>
    </message>
    <message>
        <source>Give --out DIR</source>
        <translation>Geben Sie --out ORDNER an</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2): no such folder</source>
        <translation>%1 (%2): kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1 (%2): no images_background.zip or images_background/</source>
        <translation>%1 (%2): keine images_background.zip und kein images_background/</translation>
    </message>
    <message>
        <source>Omniglot data not found. Looked in:</source>
        <translation>Omniglot-Daten nicht gefunden. Gesucht in:</translation>
    </message>
    <message>
        <source>Pass --data FOLDER, set ONESHOT_DATA, or run &apos;oneshot download&apos; to fetch the official zips into %1.</source>
        <translation>Geben Sie --data ORDNER an, setzen Sie ONESHOT_DATA oder führen Sie &apos;oneshot download&apos; aus, um die offiziellen ZIPs nach %1 zu laden.</translation>
    </message>
    <message>
        <source>Unknown distortion &apos;%1&apos; (expected one of: %2)</source>
        <translation>Unbekannte Verzerrung &apos;%1&apos; (erwartet eine von: %2)</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Download of %1 cancelled</source>
        <translation>Download von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Download of %1 failed: HTTP status %2</source>
        <translation>Download von %1 fehlgeschlagen: HTTP-Status %2</translation>
    </message>
    <message>
        <source>Download of %1 failed: %2</source>
        <translation>Download von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, expected %3 (truncated or changed download)</source>
        <translation>%1 hat %2 Bytes, erwartet %3 (abgebrochener oder veränderter Download)</translation>
    </message>
    <message>
        <source>%1 has md5 %2, expected %3</source>
        <translation>%1 hat MD5 %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1 holds %2 characters and %3 images, expected %4 and %5</source>
        <translation>%1 enthält %2 Zeichen und %3 Bilder, erwartet %4 und %5</translation>
    </message>
    <message>
        <source>Downloaded file from %1 is not a valid Omniglot zip: %2</source>
        <translation>Die von %1 geladene Datei ist keine gültige Omniglot-ZIP: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Unexpected file %1: Omniglot images must be named &lt;Alphabet&gt;/characterNN/&lt;id&gt;_&lt;drawer&gt;.png</source>
        <translation>Unerwartete Datei %1: Omniglot-Bilder heißen &lt;Alphabet&gt;/characterNN/&lt;ID&gt;_&lt;Zeichner&gt;.png</translation>
    </message>
    <message>
        <source>Invalid character id or drawer in %1</source>
        <translation>Ungültige Zeichen-ID oder ungültiger Zeichner in %1</translation>
    </message>
    <message>
        <source>Unexpected entry %1: an Omniglot zip holds only PNG images</source>
        <translation>Unerwarteter Eintrag %1: eine Omniglot-ZIP enthält nur PNG-Bilder</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Omniglot data not found: %1</source>
        <translation>Omniglot-Daten nicht gefunden: %1</translation>
    </message>
    <message>
        <source>No Omniglot images in %1</source>
        <translation>Keine Omniglot-Bilder in %1</translation>
    </message>
    <message>
        <source>Image %1 is %2x%3 pixels; Omniglot images are %4x%4</source>
        <translation>Bild %1 hat %2x%3 Pixel; Omniglot-Bilder haben %4x%4</translation>
    </message>
    <message>
        <source>Character id %1 appears in two folders: %2 and %3</source>
        <translation>Zeichen-ID %1 steht in zwei Ordnern: %2 und %3</translation>
    </message>
    <message>
        <source>Duplicate drawer %1 for character %2 in %3</source>
        <translation>Doppelter Zeichner %1 für Zeichen %2 in %3</translation>
    </message>
    <message>
        <source>Omniglot data folder not found: %1</source>
        <translation>Omniglot-Datenordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Neither %1.zip nor the folder %1 exists</source>
        <translation>Weder %1.zip noch der Ordner %1 existiert</translation>
    </message>
    <message>
        <source>Character id %1 is in both sets</source>
        <translation>Zeichen-ID %1 ist in beiden Sets</translation>
    </message>
    <message>
        <source>Run set not found: %1</source>
        <translation>Laufset nicht gefunden: %1</translation>
    </message>
    <message>
        <source>No runs (runNN/class_labels.txt) found in %1</source>
        <translation>Keine Läufe (runNN/class_labels.txt) in %1 gefunden</translation>
    </message>
    <message>
        <source>%1, line %2: expected &apos;test/itemNN.png training/classNN.png&apos;</source>
        <translation>%1, Zeile %2: erwartet &apos;test/itemNN.png training/classNN.png&apos;</translation>
    </message>
    <message>
        <source>%1 lists no trials</source>
        <translation>%1 enthält keine Versuche</translation>
    </message>
    <message>
        <source>A one-shot task needs at least 2 ways, got %1</source>
        <translation>Eine One-Shot-Aufgabe braucht mindestens 2 Wahlmöglichkeiten, erhalten: %1</translation>
    </message>
    <message>
        <source>sampled %1-way tasks (%2)</source>
        <translation>gezogene %1-Wege-Aufgaben (%2)</translation>
    </message>
    <message>
        <source>within alphabet</source>
        <translation>innerhalb eines Alphabets</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>über Alphabete hinweg</translation>
    </message>
    <message>
        <source>Only %1 characters available for %2-way tasks</source>
        <translation>Nur %1 Zeichen für %2-Wege-Aufgaben verfügbar</translation>
    </message>
    <message>
        <source>Pairs per epoch must be at least 2, got %1</source>
        <translation>Paare pro Epoche müssen mindestens 2 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Pair sampling needs at least two alphabets</source>
        <translation>Das Ziehen von Paaren braucht mindestens zwei Alphabete</translation>
    </message>
    <message>
        <source>Sampler state has seed %1 but the run&apos;s seed is %2</source>
        <translation>Der Sampler-Zustand hat Seed %1, der Seed des Laufs ist aber %2</translation>
    </message>
    <message>
        <source>Sampler state is out of range (epoch %1, position %2)</source>
        <translation>Der Sampler-Zustand liegt außerhalb des Bereichs (Epoche %1, Position %2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be an image of a character</source>
        <translation>%1 ist zu groß (%2 MB), um ein Bild eines Zeichens zu sein</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is %2x%3 pixels: larger than the %4 megapixels accepted</source>
        <translation>%1 hat %2x%3 Pixel: größer als die zulässigen %4 Megapixel</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (PNG, JPEG, BMP, TIFF, WebP...)</source>
        <translation>%1 ist kein lesbares Bild (PNG, JPEG, BMP, TIFF, WebP...)</translation>
    </message>
    <message>
        <source>%1 has no ink: the image is blank or nearly uniform</source>
        <translation>%1 hat keine Tinte: das Bild ist leer oder nahezu einfarbig</translation>
    </message>
    <message>
        <source>%1 has no clear drawing: %2% of it is ink</source>
        <translation>%1 hat keine klare Zeichnung: %2% davon ist Tinte</translation>
    </message>
    <message>
        <source>%1 has no ink</source>
        <translation>%1 hat keine Tinte</translation>
    </message>
    <message>
        <source>Lake: train on 26 background alphabets (all drawers), select on 4 held-out background alphabets, test on Lake&apos;s 20 runs</source>
        <translation>Lake: Training auf 26 Background-Alphabeten (alle Zeichner), Auswahl auf 4 zurückgehaltenen Background-Alphabeten, Test auf Lakes 20 Läufen</translation>
    </message>
    <message>
        <source>Koch: train on 30 of 40 alphabets (drawers 1-12), select on the other 10 (drawers 13-16), test on the 10 run alphabets (drawers 17-20) and Lake&apos;s 20 runs</source>
        <translation>Koch: Training auf 30 von 40 Alphabeten (Zeichner 1-12), Auswahl auf den anderen 10 (Zeichner 13-16), Test auf den 10 Lauf-Alphabeten (Zeichner 17-20) und Lakes 20 Läufen</translation>
    </message>
    <message>
        <source>Seed: 40 alphabets shuffled with seed 42; train on 20 (drawers 1-12), select on 10 (drawers 13-16), test on 10 (drawers 17-20) with distractors across alphabets</source>
        <translation>Seed: 40 Alphabete mit Seed 42 gemischt; Training auf 20 (Zeichner 1-12), Auswahl auf 10 (Zeichner 13-16), Test auf 10 (Zeichner 17-20) mit Ablenkern aus anderen Alphabeten</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos; (expected one of: %2)</source>
        <translation>Unbekanntes Protokoll &apos;%1&apos; (erwartet eines von: %2)</translation>
    </message>
    <message>
        <source>Alphabet %1 is not in the loaded data</source>
        <translation>Alphabet %1 ist nicht in den geladenen Daten</translation>
    </message>
    <message>
        <source>The split selects no characters with two or more drawers</source>
        <translation>Die Aufteilung wählt keine Zeichen mit zwei oder mehr Zeichnern</translation>
    </message>
    <message>
        <source>Zip file not found: %1</source>
        <translation>ZIP-Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot open zip file %1: %2</source>
        <translation>ZIP-Datei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Entry %1 is missing from %2</source>
        <translation>Eintrag %1 fehlt in %2</translation>
    </message>
    <message>
        <source>Cannot read entry %1 of %2</source>
        <translation>Eintrag %1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is too large (%3 bytes)</source>
        <translation>Eintrag %1 von %2 ist zu groß (%3 Bytes)</translation>
    </message>
    <message>
        <source>Cannot open entry %1 of %2: %3</source>
        <translation>Eintrag %1 von %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Entry %1 of %2 is corrupt: %3</source>
        <translation>Eintrag %1 von %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>short read</source>
        <translation>zu kurz gelesen</translation>
    </message>
    <message>
        <source>Cannot encode %1 as PNG</source>
        <translation>%1 kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>Unknown model preset &apos;%1&apos; (expected one of: %2)</source>
        <translation>Unbekannte Modellvorgabe &apos;%1&apos; (erwartet eine von: %2)</translation>
    </message>
    <message>
        <source>Model: conv layer %1 (kernel %2) does not fit a %3x%3 input</source>
        <translation>Modell: Faltungsschicht %1 (Kern %2) passt nicht auf eine Eingabe von %3x%3</translation>
    </message>
    <message>
        <source>Model: pooling after conv layer %1 leaves nothing of a %2x%2 input</source>
        <translation>Modell: Pooling nach Faltungsschicht %1 lässt von einer Eingabe von %2x%2 nichts übrig</translation>
    </message>
    <message>
        <source>Model spec: field &apos;%1&apos; is missing</source>
        <translation>Modellbeschreibung: Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>Model spec: %1 must be a positive integer</source>
        <translation>Modellbeschreibung: %1 muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>Model spec: unknown head &apos;%1&apos; (expected l1)</source>
        <translation>Modellbeschreibung: unbekannter Kopf &apos;%1&apos; (erwartet l1)</translation>
    </message>
    <message>
        <source>Model spec: unknown init &apos;%1&apos; (expected koch or default)</source>
        <translation>Modellbeschreibung: unbekannte Initialisierung &apos;%1&apos; (erwartet koch oder default)</translation>
    </message>
    <message>
        <source>Checkpoint not found: %1</source>
        <translation>Checkpoint nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable checkpoint (truncated, corrupt or another format)</source>
        <translation>%1 ist kein lesbarer Checkpoint (abgeschnitten, beschädigt oder ein anderes Format)</translation>
    </message>
    <message>
        <source>%1 is not a Oneshot Studio checkpoint (a foreign or older file)</source>
        <translation>%1 ist kein Checkpoint von Oneshot Studio (eine fremde oder ältere Datei)</translation>
    </message>
    <message>
        <source>Cannot write checkpoint %1: %2</source>
        <translation>Checkpoint %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has no run state</source>
        <translation>%1 hat keinen Laufzustand</translation>
    </message>
    <message>
        <source>%1 has a corrupt run state</source>
        <translation>%1 hat einen beschädigten Laufzustand</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not fit this model (a stale checkpoint?): %2</source>
        <translation>%1 passt nicht zu diesem Modell (ein veralteter Checkpoint?): %2</translation>
    </message>
    <message>
        <source>Run folder not found: %1</source>
        <translation>Laufordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Run folder %1 has no checkpoints/best.pt or checkpoints/last.pt</source>
        <translation>Laufordner %1 hat weder checkpoints/best.pt noch checkpoints/last.pt</translation>
    </message>
    <message>
        <source>Cannot read metrics %1: %2</source>
        <translation>Metriken %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a metrics file (no kind, step and loss columns)</source>
        <translation>%1 ist keine Metrikdatei (keine Spalten kind, step und loss)</translation>
    </message>
    <message>
        <source>Cannot read config %1: %2</source>
        <translation>Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Config %1 is not a JSON object: %2 at offset %3</source>
        <translation>Konfiguration %1 ist kein JSON-Objekt: %2 an Position %3</translation>
    </message>
    <message>
        <source>Run folder %1 is not empty: choose a new one, or resume it</source>
        <translation>Laufordner %1 ist nicht leer: wählen Sie einen neuen oder setzen Sie ihn fort</translation>
    </message>
    <message>
        <source>Cannot create run folder %1</source>
        <translation>Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Loading Omniglot from %1</source>
        <translation>Omniglot wird aus %1 geladen</translation>
    </message>
    <message>
        <source>%1 holds no optimiser state: the optimiser starts afresh</source>
        <translation>%1 enthält keinen Optimiererzustand: der Optimierer beginnt neu</translation>
    </message>
    <message>
        <source>Resuming at epoch %1, step %2</source>
        <translation>Fortsetzen bei Epoche %1, Schritt %2</translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation>An %1 kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>The loss became %1 at step %2 (epoch %3, learning rate %4): the run diverged. Lower the learning rate or use a schedule; the checkpoints written before stay as they were.</source>
        <translation>Der Verlust wurde %1 bei Schritt %2 (Epoche %3, Lernrate %4): der Lauf ist divergiert. Senken Sie die Lernrate oder nutzen Sie einen Plan; die zuvor geschriebenen Checkpoints bleiben unverändert.</translation>
    </message>
    <message>
        <source>The network collapsed at step %1: it gives every pair the same score. Try a lower learning rate or batch norm.</source>
        <translation>Das Netz ist bei Schritt %1 kollabiert: es gibt jedem Paar dieselbe Bewertung. Versuchen Sie eine niedrigere Lernrate oder Batch-Normalisierung.</translation>
    </message>
    <message>
        <source>The network collapsed in epoch %1: all validation pairs get the same score.</source>
        <translation>Das Netz ist in Epoche %1 kollabiert: alle Validierungspaare erhalten dieselbe Bewertung.</translation>
    </message>
    <message>
        <source>No improvement of %1 for %2 epochs: stopping</source>
        <translation>Keine Verbesserung von %1 seit %2 Epochen: Abbruch</translation>
    </message>
    <message>
        <source>Testing the best checkpoint</source>
        <translation>Der beste Checkpoint wird getestet</translation>
    </message>
    <message>
        <source>No run set at %1: skipping the one-shot test</source>
        <translation>Kein Laufset unter %1: der One-Shot-Test wird übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2), epoch %3</source>
        <translation>%1 (%2), Epoche %3</translation>
    </message>
    <message>
        <source>No model loaded: train one or open a checkpoint</source>
        <translation>Kein Modell geladen: trainieren Sie eines oder öffnen Sie einen Checkpoint</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>unknown BLAS</source>
        <translation>unbekanntes BLAS</translation>
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
        <translation>Referenz-BLAS (langsam: installieren Sie libopenblas0-openmp)</translation>
    </message>
    <message>
        <source>Oneshot Studio</source>
        <translation>Oneshot Studio</translation>
    </message>
    <message>
        <source>Oneshot Studio: one-shot image recognition with Siamese networks.</source>
        <translation>Oneshot Studio: One-Shot-Bilderkennung mit siamesischen Netzen.</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips.</source>
        <translation>Ordner mit den Omniglot-ZIPs.</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for smoke tests).</source>
        <translation>Nach so vielen Millisekunden beenden (für Rauchtests).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE just before --quit-after ends the program.</source>
        <translation>Ein Bildschirmfoto des Fensters nach DATEI schreiben, kurz bevor --quit-after das Programm beendet.</translation>
    </message>
    <message>
        <source>Save a screenshot of every page into DIR just before --quit-after ends the program.</source>
        <translation>Ein Bildschirmfoto jeder Seite nach ORDNER schreiben, kurz bevor --quit-after das Programm beendet.</translation>
    </message>
    <message>
        <source>Start training with this preset as soon as the data is loaded.</source>
        <translation>Mit dieser Vorgabe trainieren, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>Pairs per epoch for --train.</source>
        <translation>Paare pro Epoche für --train.</translation>
    </message>
    <message>
        <source>Run folder for --train.</source>
        <translation>Laufordner für --train.</translation>
    </message>
    <message>
        <source>Cannot write screenshot %1
</source>
        <translation>Bildschirmfoto %1 kann nicht geschrieben werden
</translation>
    </message>
    <message>
        <source>Speak this language (en, nl, de) instead of the system&apos;s or the one chosen in View &gt; Language.</source>
        <translation>Diese Sprache sprechen (en, nl, de) statt der des Systems oder der unter Ansicht &gt; Sprache gewählten.</translation>
    </message>
    <message>
        <source>Setting &apos;%1&apos;: %2 %3; allowed: %4</source>
        <translation>Einstellung &apos;%1&apos;: %2 %3; erlaubt: %4</translation>
    </message>
    <message>
        <source>is not an integer</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>beliebiger Text</translation>
    </message>
    <message>
        <source>, or %1 (%2)</source>
        <translation>, oder %1 (%2)</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist nicht true oder false</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>Unbekannte Einstellung &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (&apos;oneshot config --list&apos; lists them all)</source>
        <translation>Unbekannte Einstellung &apos;%1&apos; (&apos;oneshot config --list&apos; listet alle auf)</translation>
    </message>
    <message>
        <source>Config: format &apos;%1&apos; is not one this version (%2) reads (%3 or %4): a newer Oneshot Studio wrote it</source>
        <translation>Konfiguration: Format &apos;%1&apos; kann diese Version (%2) nicht lesen (nur %3 oder %4): ein neueres Oneshot Studio hat es geschrieben</translation>
    </message>
    <message>
        <source>Setting &apos;model&apos;: expected a preset name or a model object</source>
        <translation>Einstellung &apos;model&apos;: erwartet einen Vorgabenamen oder ein Modellobjekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; ist nicht SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>Unbekannte Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Setting &apos;scheduler.base_lr&apos;: %1 must be below optimizer.lr (%2) for a cyclic schedule</source>
        <translation>Einstellung &apos;scheduler.base_lr&apos;: %1 muss bei einem zyklischen Plan unter optimizer.lr (%2) liegen</translation>
    </message>
    <message>
        <source>Settings &apos;loss.*&apos;: every loss weight is 0, so nothing would be trained</source>
        <translation>Einstellungen &apos;loss.*&apos;: jedes Verlustgewicht ist 0, es würde also nichts trainiert</translation>
    </message>
    <message>
        <source>Unknown preset &apos;%1&apos; (expected one of: %2)</source>
        <translation>Unbekannte Vorgabe &apos;%1&apos; (erwartet eine von: %2)</translation>
    </message>
    <message>
        <source>Start from a preset: %1 (default cpu).</source>
        <translation>Von einer Vorgabe ausgehen: %1 (Standard cpu).</translation>
    </message>
    <message>
        <source>Start from a config.json (e.g. an earlier run&apos;s).</source>
        <translation>Von einer config.json ausgehen (z. B. der eines früheren Laufs).</translation>
    </message>
    <message>
        <source>Set any setting, e.g. --set loss.batch_softmax=0.5 (repeatable; applied after the named options, in order). &apos;oneshot config --list&apos; lists the keys.</source>
        <translation>Eine beliebige Einstellung setzen, z. B. --set loss.batch_softmax=0.5 (wiederholbar; nach den benannten Optionen der Reihe nach angewandt). &apos;oneshot config --list&apos; listet die Schlüssel auf.</translation>
    </message>
    <message>
        <source>%1 (%2; allowed: %3).</source>
        <translation>%1 (%2; erlaubt: %3).</translation>
    </message>
    <message>
        <source>Give --preset or --config, not both</source>
        <translation>Geben Sie --preset oder --config an, nicht beides</translation>
    </message>
    <message>
        <source>--resume continues the run with its own config; %1 cannot change it</source>
        <translation>--resume setzt den Lauf mit seiner eigenen Konfiguration fort; %1 kann sie nicht ändern</translation>
    </message>
    <message>
        <source>Prints the config that a preset or a config file, the named options and --set make, as &apos;oneshot train&apos; would use it (config.json&apos;s format).</source>
        <translation>Gibt die Konfiguration aus, die eine Vorgabe oder Konfigurationsdatei, die benannten Optionen und --set ergeben, so wie &apos;oneshot train&apos; sie verwenden würde (im Format von config.json).</translation>
    </message>
    <message>
        <source>List every setting: key, allowed values, value, meaning.</source>
        <translation>Jede Einstellung auflisten: Schlüssel, erlaubte Werte, Wert, Bedeutung.</translation>
    </message>
    <message>
        <source>%1 has %2 characters: its within-alphabet trials are %2-way, not %3-way</source>
        <translation>%1 hat %2 Zeichen: seine Versuche innerhalb des Alphabets sind %2-Wege, nicht %3-Wege</translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation>Validierung: %1</translation>
    </message>
    <message>
        <source>MNIST file not found: %1</source>
        <translation>MNIST-Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a gzip file</source>
        <translation>%1 ist keine gzip-Datei</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1 is not a readable gzip file: %2</source>
        <translation>%1 ist keine lesbare gzip-Datei: %2</translation>
    </message>
    <message>
        <source>%1 is not an MNIST IDX file (expected magic number %2)</source>
        <translation>%1 ist keine MNIST-IDX-Datei (magische Zahl %2 erwartet)</translation>
    </message>
    <message>
        <source>%1: the header promises %2 bytes of data, the file holds %3</source>
        <translation>%1: der Kopf verspricht %2 Bytes Daten, die Datei enthält %3</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>%1 enthält %2 Bilder, aber %3 enthält %4 Labels</translation>
    </message>
    <message>
        <source>%1: images of %2x%3 pixels are not digits</source>
        <translation>%1: Bilder mit %2x%3 Pixeln sind keine Ziffern</translation>
    </message>
    <message>
        <source>%1: label %2 of image %3 is not a digit</source>
        <translation>%1: Label %2 von Bild %3 ist keine Ziffer</translation>
    </message>
    <message>
        <source>No MNIST files in %1 (looked for %2 and their labels)</source>
        <translation>Keine MNIST-Dateien in %1 (gesucht: %2 und ihre Labels)</translation>
    </message>
    <message>
        <source>%1-way MNIST trials need %1 digits with two or more images each; %2 has %3</source>
        <translation>%1-Wege-MNIST-Versuche brauchen %1 Ziffern mit je zwei oder mehr Bildern; %2 hat %3</translation>
    </message>
    <message>
        <source>MNIST %1-way one-shot (%2)</source>
        <translation>MNIST %1-Wege-One-Shot (%2)</translation>
    </message>
    <message>
        <source>Cannot encode %1.png</source>
        <translation>Kann %1.png nicht kodieren</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 1: verification accuracy on the test alphabets</source>
        <translation>Koch et al. 2015, Tabelle 1: Verifikationsgenauigkeit auf den Testalphabeten</translation>
    </message>
    <message>
        <source>koch protocol; a fixed set of N pairs (affine x8: each seen plain and with 8 distorted copies); accuracy on 10,000 test pairs at the threshold tuned on validation (ours) and at 0.5 (ours_05, the reproduction&apos;s measure).</source>
        <translation>koch-Protokoll; eine feste Menge von N Paaren (affin x8: jedes unverzerrt und mit 8 verzerrten Kopien gesehen); Genauigkeit auf 10.000 Testpaaren bei der auf der Validierung abgestimmten Schwelle (ours) und bei 0,5 (ours_05, das Maß der Reproduktion).</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 2, and Lake et al. 2015: 20-way one-shot on Lake&apos;s 20 runs</source>
        <translation>Koch et al. 2015, Tabelle 2, und Lake et al. 2015: 20-Wege-One-Shot auf Lakes 20 Läufen</translation>
    </message>
    <message>
        <source>Ours: a network trained under the koch protocol (40-alphabet background, selected on validation), tested once on Lake&apos;s 400 trials; the baselines are computed here on the same trials. Cited rows are published figures.</source>
        <translation>Unser Ergebnis: ein Netz, trainiert unter dem koch-Protokoll (Hintergrund aus 40 Alphabeten, auf der Validierung ausgewählt), einmal auf Lakes 400 Versuchen getestet; die Vergleichsverfahren sind hier auf denselben Versuchen berechnet. Zitierte Zeilen sind veröffentlichte Zahlen.</translation>
    </message>
    <message>
        <source>Siamese conv net (ours)</source>
        <translation>Siamesisches Faltungsnetz (unseres)</translation>
    </message>
    <message>
        <source>Nearest neighbour on pixels (ours)</source>
        <translation>Nächster Nachbar auf Pixeln (unseres)</translation>
    </message>
    <message>
        <source>Modified Hausdorff distance (ours)</source>
        <translation>Modifizierte Hausdorff-Distanz (unseres)</translation>
    </message>
    <message>
        <source>Koch et al. 2015, Table 3: 10-way one-shot on MNIST, no further training</source>
        <translation>Koch et al. 2015, Tabelle 3: 10-Wege-One-Shot auf MNIST, ohne weiteres Training</translation>
    </message>
    <message>
        <source>A reduced network trained on Omniglot at 35x35 (downsampled by 3), tested on 400 10-way trials of MNIST digits (28x28, inverted to dark ink, resized to 35x35). Nearest neighbour on pixels is computed on the same trials; it lands far above the paper&apos;s 26.5 %, whose protocol the paper does not spell out.</source>
        <translation>Ein verkleinertes Netz, auf Omniglot bei 35x35 trainiert (um den Faktor 3 verkleinert), getestet auf 400 10-Wege-Versuchen mit MNIST-Ziffern (28x28, zu dunkler Tinte invertiert, auf 35x35 skaliert). Der nächste Nachbar auf Pixeln ist auf denselben Versuchen berechnet; er liegt weit über den 26,5 % des Artikels, dessen Protokoll der Artikel nicht ausführt.</translation>
    </message>
    <message>
        <source>Siamese net, reduced (ours)</source>
        <translation>Siamesisches Netz, verkleinert (unseres)</translation>
    </message>
    <message>
        <source>1-nearest neighbour on pixels (ours)</source>
        <translation>1-nächster Nachbar auf Pixeln (unseres)</translation>
    </message>
    <message>
        <source>The reproduction&apos;s learning-rate schedules: verification at 0.5</source>
        <translation>Die Lernratenpläne der Reproduktion: Verifikation bei 0,5</translation>
    </message>
    <message>
        <source>seed protocol; Adam (3e-4 at most), a fixed set of 30k pairs; exponential decay of 0.99 per epoch, or cyclic between 1e-6 and 3e-4 with half cycles of 500 batches. Accuracy on 10,000 test pairs at 0.5.</source>
        <translation>seed-Protokoll; Adam (höchstens 3e-4), eine feste Menge von 30k Paaren; exponentieller Abfall um 0,99 pro Epoche oder zyklisch zwischen 1e-6 und 3e-4 mit Halbzyklen von 500 Batches. Genauigkeit auf 10.000 Testpaaren bei 0,5.</translation>
    </message>
    <message>
        <source>Unknown scale &apos;%1&apos; (expected one of: %2)</source>
        <translation>Unbekannter Maßstab &apos;%1&apos; (erwartet einer von: %2)</translation>
    </message>
    <message>
        <source>Unknown experiment &apos;%1&apos; (expected one of: %2, or all)</source>
        <translation>Unbekanntes Experiment &apos;%1&apos; (erwartet eines von: %2 oder all)</translation>
    </message>
    <message>
        <source>Verification on the test alphabets</source>
        <translation>Verifikation auf den Testalphabeten</translation>
    </message>
    <message>
        <source>pairs in the training set</source>
        <translation>Paare in der Trainingsmenge</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>ours, no distortion</source>
        <translation>unseres, ohne Verzerrung</translation>
    </message>
    <message>
        <source>ours, affine x8</source>
        <translation>unseres, affin x8</translation>
    </message>
    <message>
        <source>Koch, no distortion</source>
        <translation>Koch, ohne Verzerrung</translation>
    </message>
    <message>
        <source>Koch, affine x8</source>
        <translation>Koch, affin x8</translation>
    </message>
    <message>
        <source>reproduction (at 0.5)</source>
        <translation>Reproduktion (bei 0,5)</translation>
    </message>
    <message>
        <source>accuracy (grey: published)</source>
        <translation>Genauigkeit (grau: veröffentlicht)</translation>
    </message>
    <message>
        <source>%1, published</source>
        <translation>%1, veröffentlicht</translation>
    </message>
    <message>
        <source>Validation verification at 0.5</source>
        <translation>Validierungs-Verifikation bei 0,5</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Scale: %1, %2 minutes per run. %3

</source>
        <translation>Maßstab: %1, %2 Minuten pro Lauf. %3

</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>ours (%)</source>
        <translation>unseres (%)</translation>
    </message>
    <message>
        <source>ours at 0.5 (%)</source>
        <translation>unseres bei 0,5 (%)</translation>
    </message>
    <message>
        <source>paper (%)</source>
        <translation>Artikel (%)</translation>
    </message>
    <message>
        <source>reproduction (%)</source>
        <translation>Reproduktion (%)</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source> (cited)</source>
        <translation> (zitiert)</translation>
    </message>
    <message>
        <source>%1 holds the %2 experiment at scale %3 (%4 minutes per run): give another folder, or the same experiment, scale and budget to resume it</source>
        <translation>%1 enthält das Experiment %2 im Maßstab %3 (%4 Minuten pro Lauf): geben Sie einen anderen Ordner an, oder dasselbe Experiment, denselben Maßstab und dasselbe Budget, um es fortzusetzen</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kann %1 nicht anlegen</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>berechnen</translation>
    </message>
    <message>
        <source>testing on MNIST</source>
        <translation>auf MNIST testen</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>fortsetzen</translation>
    </message>
    <message>
        <source>Cannot clear %1 to start the cell again</source>
        <translation>Kann %1 nicht leeren, um die Zelle neu zu beginnen</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainieren</translation>
    </message>
    <message>
        <source>      %1: ours %2, paper %3
</source>
        <translation>      %1: unseres %2, Artikel %3
</translation>
    </message>
    <message>
        <source>Reproduces a table of Koch et al. 2015 or of the reproduction: every cell an ordinary run folder in DIR, then table.json, table.csv, table.md and figures. Run it again to resume: finished cells are kept.</source>
        <translation>Reproduziert eine Tabelle von Koch et al. 2015 oder der Reproduktion: jede Zelle ein gewöhnlicher Laufordner in DIR, danach table.json, table.csv, table.md und Abbildungen. Erneut ausführen setzt fort: fertige Zellen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1, or all.</source>
        <translation>%1 oder all.</translation>
    </message>
    <message>
        <source>paper (koch2015 and the paper&apos;s settings; a GPU) or cpu (the CPU preset, on the same axes, with a time budget per run).</source>
        <translation>paper (koch2015 mit den Einstellungen des Artikels; eine GPU) oder cpu (die CPU-Vorgabe, auf denselben Achsen, mit einem Zeitbudget pro Lauf).</translation>
    </message>
    <message>
        <source>The experiment folder (for all: one folder per experiment in it).</source>
        <translation>Der Experimentordner (bei all: darin ein Ordner pro Experiment).</translation>
    </message>
    <message>
        <source>Time budget of each training cell, in minutes (fractions allowed; 0: none).</source>
        <translation>Zeitbudget jeder Trainingszelle in Minuten (Bruchteile erlaubt; 0: keines).</translation>
    </message>
    <message>
        <source>MNIST folder (default: ../mnist beside the Omniglot folder).</source>
        <translation>MNIST-Ordner (Standard: ../mnist neben dem Omniglot-Ordner).</translation>
    </message>
    <message>
        <source>A setting for every training cell, e.g. --set device=cuda (repeatable).</source>
        <translation>Eine Einstellung für jede Trainingszelle, z. B. --set device=cuda (wiederholbar).</translation>
    </message>
    <message>
        <source>Print JSON lines (cell, row, table) instead of text.</source>
        <translation>JSON-Zeilen (cell, row, table) statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Give one EXPERIMENT: %1 or all</source>
        <translation>Geben Sie ein EXPERIMENT an: %1 oder all</translation>
    </message>
    <message>
        <source>Give --out DIR for the experiment folder</source>
        <translation>Geben Sie --out ORDNER für den Experimentordner an</translation>
    </message>
    <message>
        <source>--minutes-per-run must be a number of minutes, 0 or more, got &apos;%1&apos;</source>
        <translation>--minutes-per-run muss eine Anzahl Minuten sein, 0 oder mehr, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)
</source>
        <translation>%1 in %2 (%3)
</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>stopped: run the same command to resume</source>
        <translation>angehalten: denselben Befehl ausführen, um fortzusetzen</translation>
    </message>
    <message>
        <source>all its epochs</source>
        <translation>alle seine Epochen</translation>
    </message>
    <message>
        <source>its time budget</source>
        <translation>sein Zeitbudget</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>frühes Stoppen</translation>
    </message>
    <message>
        <source>a stop request</source>
        <translation>eine Stoppanforderung</translation>
    </message>
    <message>
        <source>Oneshot Studio report</source>
        <translation>Oneshot Studio-Bericht</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Scale %1, %2 minutes per run; folder %3</source>
        <translation>Maßstab %1, %2 Minuten pro Lauf; Ordner %3</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>unseres</translation>
    </message>
    <message>
        <source>ours at 0.5</source>
        <translation>unseres bei 0,5</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>verification at 0.5</source>
        <translation>Verifikation bei 0,5</translation>
    </message>
    <message>
        <source>verification, tuned</source>
        <translation>Verifikation, abgestimmt</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>One-Shot</translation>
    </message>
    <message>
        <source>Lake&apos;s 20 runs</source>
        <translation>Lakes 20 Läufe</translation>
    </message>
    <message>
        <source>%1 of %2 trials correct (%3); %4 failed, the first %5 below: the query, the network&apos;s pick and the truth, with their scores (logits).</source>
        <translation>%1 von %2 Versuchen richtig (%3); %4 falsch, die ersten %5 unten: die Anfrage, die Wahl des Netzes und die Wahrheit, mit ihren Werten (Logits).</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>ein Gleichstand</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>Filter der ersten Schicht</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Activation maps of a sample (%1)</source>
        <translation>Aktivierungskarten eines Beispiels (%1)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>%1 is not a run folder (no config.json and metrics.csv)</source>
        <translation>%1 ist kein Laufordner (keine config.json und metrics.csv)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>by %1 after %2 epochs, %3 steps, %4</source>
        <translation>durch %1 nach %2 Epochen, %3 Schritten, %4</translation>
    </message>
    <message>
        <source>Best epoch (validation)</source>
        <translation>Beste Epoche (Validierung)</translation>
    </message>
    <message>
        <source>%1: one-shot %2, verification %3 at the tuned threshold, %4 at 0.5</source>
        <translation>%1: One-Shot %2, Verifikation %3 bei der abgestimmten Schwelle, %4 bei 0,5</translation>
    </message>
    <message>
        <source>Test, once, best checkpoint</source>
        <translation>Test, einmal, bester Checkpoint</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>one-shot %1 (%2 trials, %3)%4</source>
        <translation>One-Shot %1 (%2 Versuche, %3)%4</translation>
    </message>
    <message>
        <source>; verification %1 at the validation threshold, %2 at 0.5</source>
        <translation>; Verifikation %1 bei der Validierungsschwelle, %2 bei 0,5</translation>
    </message>
    <message>
        <source>Every setting</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>Baselines on Lake&apos;s 20 runs</source>
        <translation>Vergleichsverfahren auf Lakes 20 Läufen</translation>
    </message>
    <message>
        <source>Report: %1 is not a folder</source>
        <translation>Bericht: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Report: %1 is not an experiment folder (no table.json)</source>
        <translation>Bericht: %1 ist kein Experimentordner (keine table.json)</translation>
    </message>
    <message>
        <source> (ours)</source>
        <translation> (unseres)</translation>
    </message>
    <message>
        <source>Writes one self-contained HTML file (images inline) about runs and experiments: what was run, the curves, the tables beside the published numbers, filters, activation maps, the failed trials of Lake&apos;s runs, baselines.</source>
        <translation>Schreibt eine eigenständige HTML-Datei (Bilder eingebettet) über Läufe und Experimente: was gelaufen ist, die Kurven, die Tabellen neben den veröffentlichten Zahlen, Filter, Aktivierungskarten, die falschen Versuche von Lakes Läufen, Vergleichsverfahren.</translation>
    </message>
    <message>
        <source>A run folder (repeatable).</source>
        <translation>Ein Laufordner (wiederholbar).</translation>
    </message>
    <message>
        <source>An experiment folder of &apos;oneshot reproduce&apos; (repeatable).</source>
        <translation>Ein Experimentordner von &apos;oneshot reproduce&apos; (wiederholbar).</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Die zu schreibende HTML-Datei.</translation>
    </message>
    <message>
        <source>Omniglot data folder, for Lake&apos;s runs (found automatically).</source>
        <translation>Omniglot-Datenordner, für Lakes Läufe (wird automatisch gefunden).</translation>
    </message>
    <message>
        <source>Give --out FILE.html</source>
        <translation>Geben Sie --out DATEI.html an</translation>
    </message>
    <message>
        <source>Give at least one --run DIR or --experiment DIR</source>
        <translation>Geben Sie mindestens ein --run ORDNER oder --experiment ORDNER an</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>
Run &apos;oneshot COMMAND --help&apos; for a command&apos;s options, &apos;oneshot --help-all&apos; for all of them.
</source>
        <translation>
&apos;oneshot BEFEHL --help&apos; zeigt die Optionen eines Befehls, &apos;oneshot --help-all&apos; die aller Befehle.
</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>Befehl %1</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet: the run starts again from its config.json</source>
        <translation>%1 hat noch keinen Checkpoint: der Lauf beginnt neu mit seiner config.json</translation>
    </message>
    <message>
        <source>Signal %1: stopping and saving before quitting
</source>
        <translation>Signal %1: anhalten und speichern vor dem Beenden
</translation>
    </message>
    <message>
        <source>A run folder (its best checkpoint). Without --run or --checkpoint: the default model.</source>
        <translation>Ein Laufordner (sein bester Checkpoint). Ohne --run oder --checkpoint: das Standardmodell.</translation>
    </message>
    <message>
        <source>Give --run RUNDIR or --checkpoint FILE: there is no default model (looked for %1)</source>
        <translation>Geben Sie --run LAUFORDNER oder --checkpoint DATEI an: es gibt kein Standardmodell (gesucht: %1)</translation>
    </message>
    <message>
        <source>Using the default model %1 (%2)
</source>
        <translation>Das Standardmodell %1 wird verwendet (%2)
</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>ohne Herkunftsangaben</translation>
    </message>
    <message>
        <source>Character folder not found: %1</source>
        <translation>Zeichenordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not in a character&apos;s folder (one subfolder per character is expected)</source>
        <translation>%1 liegt nicht im Ordner eines Zeichens (erwartet wird ein Unterordner je Zeichen)</translation>
    </message>
    <message>
        <source>The character folder %1 holds no images</source>
        <translation>Der Zeichenordner %1 enthält keine Bilder</translation>
    </message>
    <message>
        <source>%1 holds %2 character folders; at least %3 are needed to choose between</source>
        <translation>%1 enthält %2 Zeichenordner; mindestens %3 sind nötig, um zwischen ihnen zu wählen</translation>
    </message>
    <message>
        <source>%1 holds no images</source>
        <translation>%1 enthält keine Bilder</translation>
    </message>
    <message>
        <source>Shots must be 1 to 19 (Omniglot has 20 drawers, one is the query&apos;s), got %1</source>
        <translation>Die Zahl der Beispiele muss 1 bis 19 sein (Omniglot hat 20 Zeichner, einer ist der der Anfrage), erhalten: %1</translation>
    </message>
    <message>
        <source>sampled %1-way %2-shot tasks (%3)</source>
        <translation>gezogene %1-Wege-%2-Beispiel-Aufgaben (%3)</translation>
    </message>
    <message>
        <source>Query folder &apos;%1&apos; in %2 is not a character of the support set %3</source>
        <translation>Anfrageordner &apos;%1&apos; in %2 ist kein Zeichen des Stützsatzes %3</translation>
    </message>
    <message>
        <source>K-shot mode &apos;%1&apos; is not one of %2</source>
        <translation>K-Shot-Modus &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>A character of the support set has no image</source>
        <translation>Ein Zeichen des Stützsatzes hat kein Bild</translation>
    </message>
    <message>
        <source>%1 is not a readable checkpoint (truncated, corrupt or another format): %2</source>
        <translation>%1 ist kein lesbarer Checkpoint (abgeschnitten, beschädigt oder ein anderes Format): %2</translation>
    </message>
    <message>
        <source>How a character with several images is scored: mean-score (the mean of the scores against its images) or mean-embedding (the score against its images&apos; mean embedding).</source>
        <translation>Wie ein Zeichen mit mehreren Bildern bewertet wird: mean-score (der Mittelwert der Bewertungen gegen seine Bilder) oder mean-embedding (die Bewertung gegen das mittlere Embedding seiner Bilder).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number, got &apos;%1&apos;</source>
        <translation>--seed muss eine ganze Zahl sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Give --within-alphabet or --across-alphabets, not both</source>
        <translation>Geben Sie --within-alphabet oder --across-alphabets an, nicht beide</translation>
    </message>
    <message>
        <source>--split must be evaluation or validation, got &apos;%1&apos;</source>
        <translation>--split muss evaluation oder validation sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Scores a trained model on one-shot run sets in Lake&apos;s format, or, with --ways, --shots or --trials, on N-way K-shot tasks sampled from Omniglot&apos;s evaluation alphabets (ties count as wrong).</source>
        <translation>Bewertet ein trainiertes Modell auf One-Shot-Run-Sets im Format von Lake oder, mit --ways, --shots oder --trials, auf N-Wege-K-Beispiel-Aufgaben aus den Evaluationsalphabeten von Omniglot (Gleichstände zählen als falsch).</translation>
    </message>
    <message>
        <source>Sampled tasks: candidates per trial.</source>
        <translation>Gezogene Aufgaben: Kandidaten je Versuch.</translation>
    </message>
    <message>
        <source>Sampled tasks: images per candidate character.</source>
        <translation>Gezogene Aufgaben: Bilder je Kandidatenzeichen.</translation>
    </message>
    <message>
        <source>Sampled tasks: how many.</source>
        <translation>Gezogene Aufgaben: wie viele.</translation>
    </message>
    <message>
        <source>Sampled tasks: distractors from the query&apos;s alphabet (the default, as Lake&apos;s runs).</source>
        <translation>Gezogene Aufgaben: Ablenker aus dem Alphabet der Anfrage (der Standard, wie die Runs von Lake).</translation>
    </message>
    <message>
        <source>Sampled tasks: distractors from any alphabet.</source>
        <translation>Gezogene Aufgaben: Ablenker aus jedem Alphabet.</translation>
    </message>
    <message>
        <source>Sampled tasks: evaluation (the 20 evaluation alphabets) or validation (the background alphabets the lake protocol holds out, for choosing settings).</source>
        <translation>Gezogene Aufgaben: evaluation (die 20 Evaluationsalphabete) oder validation (die Hintergrundalphabete, die das Lake-Protokoll zurückhält, um Einstellungen zu wählen).</translation>
    </message>
    <message>
        <source>Sampled tasks: the seed that draws them.</source>
        <translation>Gezogene Aufgaben: der Seed, der sie zieht.</translation>
    </message>
    <message>
        <source>--runs scores run sets; --%1 samples tasks: give one or the other</source>
        <translation>--runs bewertet Run-Sets; --%1 zieht Aufgaben: geben Sie das eine oder das andere an</translation>
    </message>
    <message>
        <source> (right)</source>
        <translation> (richtig)</translation>
    </message>
    <message>
        <source> (wrong: %1)</source>
        <translation> (falsch: %1)</translation>
    </message>
    <message>
        <source>accuracy %1 (%2 of %3 labelled queries)
</source>
        <translation>Genauigkeit %1 (%2 von %3 beschrifteten Anfragen)
</translation>
    </message>
    <message>
        <source>confusion matrix: %1
</source>
        <translation>Konfusionsmatrix: %1
</translation>
    </message>
    <message>
        <source>Ranks the characters of your own support set for a query image, or scores a folder of queries. A support set is a folder or zip with one subfolder per character holding 1 to k images of it (any format and size); labelled queries use the same layout.</source>
        <translation>Ordnet die Zeichen Ihres eigenen Stützsatzes für ein Anfragebild, oder bewertet einen Ordner mit Anfragen. Ein Stützsatz ist ein Ordner oder Zip mit einem Unterordner je Zeichen, der 1 bis k Bilder davon enthält (jedes Format, jede Größe); beschriftete Anfragen nutzen denselben Aufbau.</translation>
    </message>
    <message>
        <source>The support set: a folder or zip.</source>
        <translation>Der Stützsatz: ein Ordner oder Zip.</translation>
    </message>
    <message>
        <source>One query image.</source>
        <translation>Ein Anfragebild.</translation>
    </message>
    <message>
        <source>A folder or zip of queries: in character subfolders (labelled) or not.</source>
        <translation>Ein Ordner oder Zip mit Anfragen: in Zeichen-Unterordnern (beschriftet) oder nicht.</translation>
    </message>
    <message>
        <source>Use at most K images of each support character.</source>
        <translation>Höchstens K Bilder jedes Stützzeichens verwenden.</translation>
    </message>
    <message>
        <source>Where labelled queries&apos; confusion matrix goes (confusion.csv, .png, .svg).</source>
        <translation>Wohin die Konfusionsmatrix beschrifteter Anfragen kommt (confusion.csv, .png, .svg).</translation>
    </message>
    <message>
        <source>Give --support DIR_OR_ZIP: a folder with one subfolder per character</source>
        <translation>Geben Sie --support ORDNER_ODER_ZIP an: ein Ordner mit einem Unterordner je Zeichen</translation>
    </message>
    <message>
        <source>Give either --query IMAGE or --queries DIR_OR_ZIP</source>
        <translation>Geben Sie --query BILD oder --queries ORDNER_ODER_ZIP an</translation>
    </message>
    <message>
        <source>--k-shot must be a whole number of at least 1, got &apos;%1&apos;</source>
        <translation>--k-shot muss eine ganze Zahl von mindestens 1 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Confusion: %1 of %2 right</source>
        <translation>Konfusion: %1 von %2 richtig</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>A projection needs at least 2 points</source>
        <translation>Eine Projektion braucht mindestens 2 Punkte</translation>
    </message>
    <message>
        <source>t-SNE needs at least 4 points, got %1</source>
        <translation>t-SNE braucht mindestens 4 Punkte, erhalten: %1</translation>
    </message>
    <message>
        <source>t-SNE here is exact and takes at most %1 points, got %2: choose a smaller set, or use PCA</source>
        <translation>t-SNE ist hier exakt und nimmt höchstens %1 Punkte, erhalten: %2: wählen Sie eine kleinere Menge oder PCA</translation>
    </message>
    <message>
        <source>Writes the embeddings of a set of images projected to the plane (PCA, or t-SNE with --tsne) as CSV, one row per image: image, character, alphabet, x, y.</source>
        <translation>Schreibt die Embeddings einer Bildmenge, in die Ebene projiziert (PCA, oder t-SNE mit --tsne), als CSV, eine Zeile je Bild: image, character, alphabet, x, y.</translation>
    </message>
    <message>
        <source>An Omniglot alphabet, all its drawings.</source>
        <translation>Ein Omniglot-Alphabet, alle seine Zeichnungen.</translation>
    </message>
    <message>
        <source>Your own characters: a folder or zip, one subfolder each.</source>
        <translation>Ihre eigenen Zeichen: ein Ordner oder Zip, ein Unterordner je Zeichen.</translation>
    </message>
    <message>
        <source>Omniglot data folder.</source>
        <translation>Omniglot-Datenordner.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>Project with t-SNE instead of PCA.</source>
        <translation>Mit t-SNE statt PCA projizieren.</translation>
    </message>
    <message>
        <source>t-SNE&apos;s perplexity.</source>
        <translation>Die Perplexität von t-SNE.</translation>
    </message>
    <message>
        <source>t-SNE&apos;s seed.</source>
        <translation>Der Seed von t-SNE.</translation>
    </message>
    <message>
        <source>Give either --alphabet NAME or --support DIR_OR_ZIP</source>
        <translation>Geben Sie --alphabet NAME oder --support ORDNER_ODER_ZIP an</translation>
    </message>
    <message>
        <source>Give --out FILE for the points</source>
        <translation>Geben Sie --out DATEI für die Punkte an</translation>
    </message>
    <message>
        <source>No alphabet &apos;%1&apos; in Omniglot; there are %2</source>
        <translation>Kein Alphabet &apos;%1&apos; in Omniglot; es gibt %2</translation>
    </message>
    <message>
        <source>--perplexity must be a number from 2 to 100, got &apos;%1&apos;</source>
        <translation>--perplexity muss eine Zahl von 2 bis 100 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 points (%2) written to %3
</source>
        <translation>%1 Punkte (%2) nach %3 geschrieben
</translation>
    </message>
    <message>
        <source>Open the board on your own characters: a folder or zip with one subfolder per character.</source>
        <translation>Das Brett mit Ihren eigenen Zeichen öffnen: ein Ordner oder Zip mit einem Unterordner je Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a character&apos;s folder name: give a name without slashes that does not start with a dot</source>
        <translation>&apos;%1&apos; kann kein Ordnername für ein Zeichen sein: gib einen Namen ohne Schrägstriche an, der nicht mit einem Punkt beginnt</translation>
    </message>
    <message>
        <source>There is no drawing to save</source>
        <translation>Es gibt keine Zeichnung zum Speichern</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Not a ways curve: the header must start with ways,shots,correct,trials</source>
        <translation>Keine N-Kurve: die Kopfzeile muss mit ways,shots,correct,trials beginnen</translation>
    </message>
    <message>
        <source>Ways curve line %1 is not ways,shots,correct,trials with 0 &lt;= correct &lt;= trials: %2</source>
        <translation>Zeile %1 der N-Kurve ist nicht ways,shots,correct,trials mit 0 &lt;= correct &lt;= trials: %2</translation>
    </message>
    <message>
        <source>Nothing to draw: %1 maps of %2x%3</source>
        <translation>Nichts zu zeichnen: %1 Karten von %2x%3</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>each cell</source>
        <translation>je Zelle</translation>
    </message>
    <message>
        <source>all cells</source>
        <translation>alle Zellen</translation>
    </message>
    <message>
        <source>Accuracy against the number of candidates</source>
        <translation>Genauigkeit gegen die Zahl der Kandidaten</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy</source>
        <translation>N-way-K-shot-Genauigkeit</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy (%1)</source>
        <translation>N-way-K-shot-Genauigkeit (%1)</translation>
    </message>
    <message>
        <source>candidates N</source>
        <translation>Kandidaten N</translation>
    </message>
    <message>
        <source>chance (1/N)</source>
        <translation>Zufall (1/N)</translation>
    </message>
    <message>
        <source>%1-shot</source>
        <translation>%1-shot</translation>
    </message>
    <message>
        <source>--ways-curve measures N from 5 to 50 and K = 1 and 5: leave out --ways and --shots</source>
        <translation>--ways-curve misst N von 5 bis 50 und K = 1 und 5: lass --ways und --shots weg</translation>
    </message>
    <message>
        <source>--trials must be a whole number from 1 to 100000, got &apos;%1&apos;</source>
        <translation>--trials muss eine ganze Zahl von 1 bis 100000 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>within alphabets</source>
        <translation>innerhalb von Alphabeten</translation>
    </message>
    <message>
        <source>%1-way %2-shot: %3 % (%4 of %5)
</source>
        <translation>%1-way %2-shot: %3 % (%4 von %5)
</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg
</source>
        <translation>%1.csv, .png und .svg geschrieben
</translation>
    </message>
    <message>
        <source>Accuracy against N = 5 to 50 for K = 1 and 5 (200 trials a point unless --trials, across alphabets unless --within-alphabet): CSV, PNG and SVG at --out, or ways_curve.* in the run folder.</source>
        <translation>Genauigkeit gegen N = 5 bis 50 für K = 1 und 5 (200 Versuche je Punkt außer mit --trials, über Alphabete hinweg außer mit --within-alphabet): CSV, PNG und SVG bei --out oder ways_curve.* im Lauf-Ordner.</translation>
    </message>
    <message>
        <source>--ways-curve: the files&apos; path without extension.</source>
        <translation>--ways-curve: der Pfad der Dateien ohne Endung.</translation>
    </message>
    <message>
        <source>--runs scores run sets; --ways-curve samples tasks: give one or the other</source>
        <translation>--runs bewertet Run-Sätze; --ways-curve zieht Aufgaben: gib das eine oder das andere an</translation>
    </message>
    <message>
        <source>The figure&apos;s width in pixels, about (each value a crisp square).</source>
        <translation>Die Breite der Abbildung in Pixeln, ungefähr (jeder Wert ein scharfes Quadrat).</translation>
    </message>
    <message>
        <source>Pixels per value instead of --width.</source>
        <translation>Pixel je Wert statt --width.</translation>
    </message>
    <message>
        <source>No number under each filter or map.</source>
        <translation>Keine Nummer unter jedem Filter oder jeder Karte.</translation>
    </message>
    <message>
        <source>No colour bar for the value range.</source>
        <translation>Kein Farbbalken für den Wertebereich.</translation>
    </message>
    <message>
        <source>--width must be a whole number of pixels from 64 to 16384, got &apos;%1&apos;</source>
        <translation>--width muss eine ganze Zahl von Pixeln von 64 bis 16384 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to 256, got &apos;%1&apos;</source>
        <translation>--scale muss eine ganze Zahl von 1 bis 256 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Writes the first-layer filters as one grid figure, PNG and SVG, about 1024 px wide, each filter numbered, with a colour bar.</source>
        <translation>Schreibt die Filter der ersten Schicht als eine Rasterabbildung, PNG und SVG, etwa 1024 px breit, jeder Filter nummeriert, mit Farbbalken.</translation>
    </message>
    <message>
        <source>The file to write (FILE.png; FILE.svg beside it).</source>
        <translation>Die zu schreibende Datei (FILE.png; FILE.svg daneben).</translation>
    </message>
    <message>
        <source>First-layer filters: %1 of %2x%2</source>
        <translation>Filter der ersten Schicht: %1 von %2x%2</translation>
    </message>
    <message>
        <source>Writes the activation maps of every conv layer for one image: one figure per layer, PNG and SVG.</source>
        <translation>Schreibt die Aktivierungskarten jeder Conv-Schicht für ein Bild: eine Abbildung je Schicht, PNG und SVG.</translation>
    </message>
    <message>
        <source>Folder to write conv1.png, conv1.svg, ...</source>
        <translation>Ordner für conv1.png, conv1.svg, ...</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3x%4 after ReLU</source>
        <translation>%1: %2 Karten von %3x%4 nach ReLU</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet</source>
        <translation>Die Omniglot-Daten sind noch nicht geladen</translation>
    </message>
    <message>
        <source>Open on this page (data, train, filters, activations, board, embedding, runs, reproduce).</source>
        <translation>Auf dieser Seite öffnen (data, train, filters, activations, board, embedding, runs, reproduce).</translation>
    </message>
    <message>
        <source>Open the Embedding page on this set: evaluation, background or an alphabet&apos;s name.</source>
        <translation>Die Seite Einbettung mit dieser Menge öffnen: evaluation, background oder der Name eines Alphabets.</translation>
    </message>
    <message>
        <source>No set &apos;%1&apos; to map: give evaluation, background or an alphabet&apos;s name
</source>
        <translation>Keine Menge &apos;%1&apos; zum Abbilden: gib evaluation, background oder den Namen eines Alphabets an
</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>%1 has no labelled queries: put each query in a subfolder named after its character</source>
        <translation>%1 hat keine beschrifteten Anfragen: lege jede Anfrage in einen Unterordner mit dem Namen ihres Zeichens</translation>
    </message>
    <message>
        <source>unknown CPU</source>
        <translation>unbekannte CPU</translation>
    </message>
    <message>
        <source>Precision bf16: this CPU has no bfloat16 instructions (AVX-512 BF16 or AMX), where bf16 would be slower than fp32; training in fp32</source>
        <translation>Genauigkeit bf16: diese CPU hat keine bfloat16-Befehle (AVX-512 BF16 oder AMX), ohne die bf16 langsamer als fp32 wäre; es wird in fp32 trainiert</translation>
    </message>
    <message>
        <source>Precision fp16 runs on CUDA only; on the CPU use bf16 (where the CPU has it): training in fp32</source>
        <translation>Genauigkeit fp16 läuft nur mit CUDA; auf der CPU bf16 verwenden (wo die CPU es hat): es wird in fp32 trainiert</translation>
    </message>
    <message>
        <source>This CPU has no bfloat16 instructions (AVX-512 BF16 or AMX) and there is no GPU</source>
        <translation>Diese CPU hat keine bfloat16-Befehle (AVX-512 BF16 oder AMX), und es gibt keine GPU</translation>
    </message>
    <message>
        <source>fp16 runs on a CUDA GPU only</source>
        <translation>fp16 läuft nur auf einer CUDA-GPU</translation>
    </message>
    <message>
        <source>%1, %2 threads; %3</source>
        <translation>%1, %2 Threads; %3</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give a whole number from %3 to %4</source>
        <translation>%1=%2 ist ungültig: geben Sie eine ganze Zahl von %3 bis %4 an</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but RANK is not: give each worker its rank (0 to %2)</source>
        <translation>WORLD_SIZE=%1 ist gesetzt, RANK aber nicht: geben Sie jedem Worker seinen Rang (0 bis %2)</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but MASTER_ADDR is not: give the address of rank 0&apos;s host</source>
        <translation>WORLD_SIZE=%1 ist gesetzt, MASTER_ADDR aber nicht: geben Sie die Adresse des Rechners von Rang 0 an</translation>
    </message>
    <message>
        <source>WORLD_SIZE=%1 is set but MASTER_PORT is not: give a free port on rank 0&apos;s host</source>
        <translation>WORLD_SIZE=%1 ist gesetzt, MASTER_PORT aber nicht: geben Sie einen freien Port auf dem Rechner von Rang 0 an</translation>
    </message>
    <message>
        <source>Backend &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>Backend &apos;%1&apos; ist in diesem Build nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>Rank 0 could not serve the rendezvous on %1, or not all %2 workers joined within %3 s: %4. If the port is in use, choose another (--master-port or MASTER_PORT); otherwise check that WORLD_SIZE=%2 workers were started.</source>
        <translation>Rang 0 konnte den Treffpunkt auf %1 nicht öffnen, oder nicht alle %2 Worker kamen innerhalb von %3 s: %4. Ist der Port belegt, wählen Sie einen anderen (--master-port oder MASTER_PORT); sonst prüfen Sie, ob WORLD_SIZE=%2 Worker gestartet wurden.</translation>
    </message>
    <message>
        <source>Rank %1 could not reach the rendezvous at %2 within %3 s: %4. Check MASTER_ADDR and MASTER_PORT, and that rank 0 is running.</source>
        <translation>Rang %1 konnte den Treffpunkt auf %2 nicht innerhalb von %3 s erreichen: %4. Prüfen Sie MASTER_ADDR und MASTER_PORT und ob Rang 0 läuft.</translation>
    </message>
    <message>
        <source>Two workers were started with RANK=%1 (of WORLD_SIZE=%2): each rank must be given to exactly one worker</source>
        <translation>Zwei Worker wurden mit RANK=%1 gestartet (von WORLD_SIZE=%2): jeder Rang gehört zu genau einem Worker</translation>
    </message>
    <message>
        <source>Rank %1 of %2 could not connect to the other workers through %3 within %4 s: %5. Check that WORLD_SIZE=%2 workers were started, each with its own RANK.</source>
        <translation>Rang %1 von %2 konnte sich nicht innerhalb von %4 s über %3 mit den anderen Workern verbinden: %5. Prüfen Sie, ob WORLD_SIZE=%2 Worker gestartet wurden, jeder mit eigenem RANK.</translation>
    </message>
    <message>
        <source>The %1 of rank %2 of %3 failed: %4. Another worker died or did not answer within %5 s; the run folder keeps the last checkpoint (resume with --resume).</source>
        <translation>Der %1 von Rang %2 von %3 ist fehlgeschlagen: %4. Ein anderer Worker ist beendet oder hat nicht innerhalb von %5 s geantwortet; der Run-Ordner behält den letzten Checkpoint (weiter mit --resume).</translation>
    </message>
    <message>
        <source>The %1 of rank %2 of %3 could not start: %4</source>
        <translation>Der %1 von Rang %2 von %3 konnte nicht starten: %4</translation>
    </message>
    <message>
        <source>The gradient all-reduce of rank %1 of %2 could not start: %3</source>
        <translation>Der All-Reduce der Gradienten von Rang %1 von %2 konnte nicht starten: %3</translation>
    </message>
    <message>
        <source>With %1 workers every batch needs at least %1 views, but the epoch&apos;s last batch holds %2 (pairs_per_epoch %3 x %4 views, batch_size %5): change pairs_per_epoch or batch_size</source>
        <translation>Mit %1 Workern braucht jeder Batch mindestens %1 Ansichten, aber der letzte Batch der Epoche hat %2 (pairs_per_epoch %3 x %4 Ansichten, batch_size %5): ändern Sie pairs_per_epoch oder batch_size</translation>
    </message>
    <message>
        <source>the data (%1)</source>
        <translation>die Daten (%1)</translation>
    </message>
    <message>
        <source>Rank %1 was started with another run than rank 0: they differ in %2. Start every worker with the same config and data.</source>
        <translation>Rang %1 wurde mit einem anderen Lauf als Rang 0 gestartet: sie unterscheiden sich in %2. Starten Sie jeden Worker mit derselben Konfiguration und denselben Daten.</translation>
    </message>
    <message>
        <source>%1 of the %2 workers were started with another config or data than rank %3: their messages say what differs</source>
        <translation>%1 der %2 Worker wurden mit anderer Konfiguration oder anderen Daten als Rang %3 gestartet: ihre Meldungen sagen, was abweicht</translation>
    </message>
    <message>
        <source>No free port on %1 for the workers&apos; rendezvous: %2</source>
        <translation>Kein freier Port auf %1 für den Treffpunkt der Worker: %2</translation>
    </message>
    <message>
        <source>Could not start worker rank %1 (%2): %3</source>
        <translation>Worker mit Rang %1 konnte nicht gestartet werden (%2): %3</translation>
    </message>
    <message>
        <source>Started %1 workers on %2:%3 (pids %4), %5 threads each
</source>
        <translation>%1 Worker auf %2:%3 gestartet (pids %4), je %5 Threads
</translation>
    </message>
    <message>
        <source>was killed or crashed (signal %1)</source>
        <translation>wurde beendet oder ist abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>error: worker rank %1 %2.</source>
        <translation>Fehler: Worker mit Rang %1 %2.</translation>
    </message>
    <message>
        <source> Its last lines:
</source>
        <translation> Seine letzten Zeilen:
</translation>
    </message>
    <message>
        <source>The other workers stopped too (ranks %1). </source>
        <translation>Die anderen Worker sind auch beendet (Ränge %1). </translation>
    </message>
    <message>
        <source>The run folder keeps the last checkpoint that every worker reached: continue with &apos;oneshot train --resume RUNDIR --nproc %1&apos;.
</source>
        <translation>Der Run-Ordner behält den letzten Checkpoint, den jeder Worker erreicht hat: weiter mit &apos;oneshot train --resume RUNDIR --nproc %1&apos;.
</translation>
    </message>
    <message>
        <source>Train data-parallel with N worker processes on this machine, each with its share of the cores (default 1). Workers started by torchrun or by hand read RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT from the environment instead.</source>
        <translation>Datenparallel mit N Worker-Prozessen auf diesem Rechner trainieren, jeder mit seinem Anteil der Kerne (Standard 1). Von torchrun oder von Hand gestartete Worker lesen stattdessen RANK, WORLD_SIZE, MASTER_ADDR und MASTER_PORT aus der Umgebung.</translation>
    </message>
    <message>
        <source>Data-parallel backend: auto (gloo on CPU, nccl on CUDA), %1.</source>
        <translation>Backend für datenparalleles Training: auto (gloo auf CPU, nccl auf CUDA), %1.</translation>
    </message>
    <message>
        <source>With --nproc: the address the workers meet at (default 127.0.0.1).</source>
        <translation>Mit --nproc: die Adresse, an der sich die Worker treffen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>With --nproc: the port they meet at (default: a free one).</source>
        <translation>Mit --nproc: der Port, an dem sie sich treffen (Standard: ein freier).</translation>
    </message>
    <message>
        <source>Seconds a worker waits for the others in a collective before it gives up (a worker died or hung; default 300).</source>
        <translation>Sekunden, die ein Worker in einer kollektiven Operation auf die anderen wartet, bevor er aufgibt (ein Worker ist beendet oder hängt; Standard 300).</translation>
    </message>
    <message>
        <source>--%1 %2: give a whole number from 1 to %3</source>
        <translation>--%1 %2: geben Sie eine ganze Zahl von 1 bis %3 an</translation>
    </message>
    <message>
        <source>--backend %1: not available in this build (available: auto, %2)</source>
        <translation>--backend %1: in diesem Build nicht verfügbar (verfügbar: auto, %2)</translation>
    </message>
    <message>
        <source>--nproc starts the workers itself; this process is already worker %1 of %2 (WORLD_SIZE is set)</source>
        <translation>--nproc startet die Worker selbst; dieser Prozess ist schon Worker %1 von %2 (WORLD_SIZE ist gesetzt)</translation>
    </message>
    <message>
        <source>Worker processes for --train (data-parallel).</source>
        <translation>Worker-Prozesse für --train (datenparallel).</translation>
    </message>
    <message>
        <source>%1 is not a PNG image: this build reads PNG only (it was built without OpenCV&apos;s image codecs)</source>
        <translation>%1 ist kein PNG-Bild: dieser Build liest nur PNG (er wurde ohne die Bildcodecs von OpenCV gebaut)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read: %2</source>
        <translation>%1 ist kein lesbares Bild: %2</translation>
    </message>
    <message>
        <source>not a PNG file</source>
        <translation>keine PNG-Datei</translation>
    </message>
    <message>
        <source>the PNG file is truncated</source>
        <translation>die PNG-Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>a PNG chunk (%1) fails its checksum</source>
        <translation>ein PNG-Block (%1) stimmt nicht mit seiner Prüfsumme überein</translation>
    </message>
    <message>
        <source>the PNG file does not start with its header</source>
        <translation>die PNG-Datei beginnt nicht mit ihrem Kopf</translation>
    </message>
    <message>
        <source>the PNG header gives a size of %1 x %2</source>
        <translation>der PNG-Kopf nennt eine Größe von %1 x %2</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, more than %3</source>
        <translation>das Bild hat %1 x %2 Pixel, mehr als %3</translation>
    </message>
    <message>
        <source>the PNG header is not valid (colour type %1, bit depth %2)</source>
        <translation>der PNG-Kopf ist ungültig (Farbtyp %1, Bittiefe %2)</translation>
    </message>
    <message>
        <source>the PNG palette is not valid</source>
        <translation>die PNG-Palette ist ungültig</translation>
    </message>
    <message>
        <source>the PNG file has a critical chunk this reader does not know (%1)</source>
        <translation>die PNG-Datei hat einen kritischen Block, den dieser Leser nicht kennt (%1)</translation>
    </message>
    <message>
        <source>the PNG file has no palette</source>
        <translation>die PNG-Datei hat keine Palette</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht starten</translation>
    </message>
    <message>
        <source>the PNG image data are corrupt</source>
        <translation>die Bilddaten der PNG sind beschädigt</translation>
    </message>
    <message>
        <source>the PNG image data are truncated</source>
        <translation>die Bilddaten der PNG sind abgeschnitten</translation>
    </message>
    <message>
        <source>the PNG image data are corrupt (unknown row filter)</source>
        <translation>die Bilddaten der PNG sind beschädigt (unbekannter Zeilenfilter)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The number of test-time views must be from 1 to %1, got %2</source>
        <translation>Die Zahl der Testansichten muss von 1 bis %1 reichen, nicht %2</translation>
    </message>
    <message>
        <source>Each image is embedded as the mean over %1 test-time views (the run&apos;s test_views).</source>
        <translation>Jedes Bild wird als Mittel über %1 Testansichten eingebettet (test_views des Laufs).</translation>
    </message>
    <message>
        <source>Each image is embedded alone (test_views 1).</source>
        <translation>Jedes Bild wird allein eingebettet (test_views 1).</translation>
    </message>
    <message>
        <source>Test-time views: each image is embedded as the mean over itself and V - 1 fixed affine distortions of it (1: the image alone). Default: the model&apos;s test_views setting (1 for --ways-curve).</source>
        <translation>Testansichten: Jedes Bild wird als Mittel über sich selbst und V - 1 feste affine Verzerrungen davon eingebettet (1: nur das Bild). Standard: die Einstellung test_views des Modells (1 für --ways-curve).</translation>
    </message>
    <message>
        <source>--views must be a whole number from 1 to %1, got &apos;%2&apos;</source>
        <translation>--views muss eine ganze Zahl von 1 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--per-trial writes the trials of one evaluation; --ways-curve runs many: give one or the other</source>
        <translation>--per-trial schreibt die Versuche einer Auswertung; --ways-curve macht viele: geben Sie das eine oder das andere an</translation>
    </message>
    <message>
        <source>Write one CSV row per trial (trial, run, answer, pick, correct) to FILE, to compare two models or settings trial by trial.</source>
        <translation>Schreibt eine CSV-Zeile je Versuch (trial, run, answer, pick, correct) nach FILE, um zwei Modelle oder Einstellungen Versuch für Versuch zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>oneshot::Settings</name>
    <message>
        <source>Pair loss</source>
        <translation>Paarverlust</translation>
    </message>
    <message>
        <source>Weight of the binary cross-entropy of the sampled pairs (Koch&apos;s loss)</source>
        <translation>Gewicht der binären Kreuzentropie der gezogenen Paare (Kochs Verlust)</translation>
    </message>
    <message>
        <source>Cross-pair negatives</source>
        <translation>Kreuzpaar-Negative</translation>
    </message>
    <message>
        <source>Weight of a second loss over the batch&apos;s cross pairs: every left image against every right image of another character, as a negative (0: off)</source>
        <translation>Gewicht eines zweiten Verlusts über die Kreuzpaare des Batches: jedes linke Bild gegen jedes rechte Bild eines anderen Zeichens, als Negativ (0: aus)</translation>
    </message>
    <message>
        <source>Batch one-shot loss</source>
        <translation>One-Shot-Verlust über Batch</translation>
    </message>
    <message>
        <source>Weight of a one-shot loss over the batch: each same pair&apos;s image must pick its partner among all the batch&apos;s images (0: off)</source>
        <translation>Gewicht eines One-Shot-Verlusts über den Batch: das Bild jedes gleichen Paars muss seinen Partner unter allen Bildern des Batches finden (0: aus)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD, per-layer momentum ramp (Koch)</source>
        <translation>SGD, Momentum pro Schicht ansteigend (Koch)</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>same as the learning rate</source>
        <translation>wie die Lernrate</translation>
    </message>
    <message>
        <source>Head learning rate</source>
        <translation>Lernrate des Kopfes</translation>
    </message>
    <message>
        <source>Learning rate of the L1 head; empty: the same as the twins&apos;</source>
        <translation>Lernrate des L1-Kopfes; leer: dieselbe wie die der Zwillinge</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabfall</translation>
    </message>
    <message>
        <source>L2 penalty on the twins&apos; weights</source>
        <translation>L2-Strafe auf die Gewichte der Zwillinge</translation>
    </message>
    <message>
        <source>same as the weight decay</source>
        <translation>wie der Gewichtsabfall</translation>
    </message>
    <message>
        <source>Head weight decay</source>
        <translation>Gewichtsabfall des Kopfes</translation>
    </message>
    <message>
        <source>Momentum at the start</source>
        <translation>Momentum zu Beginn</translation>
    </message>
    <message>
        <source>Final momentum</source>
        <translation>Endmomentum</translation>
    </message>
    <message>
        <source>Momentum ramp</source>
        <translation>Momentumrampe</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Epochs over which momentum rises linearly to its final value</source>
        <translation>Epochen, über die das Momentum linear auf seinen Endwert steigt</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>step (every N epochs)</source>
        <translation>stufenweise (alle N Epochen)</translation>
    </message>
    <message>
        <source>exponential (every epoch)</source>
        <translation>exponentiell (jede Epoche)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>triangular (cyclic, per batch)</source>
        <translation>Dreieck (zyklisch, pro Batch)</translation>
    </message>
    <message>
        <source>triangular2 (cyclic, halving)</source>
        <translation>Dreieck2 (zyklisch, halbierend)</translation>
    </message>
    <message>
        <source>reduce on plateau</source>
        <translation>bei Plateau senken</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Factor the learning rate is multiplied by at each decay</source>
        <translation>Faktor, mit dem die Lernrate bei jedem Abfall multipliziert wird</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Step schedule: epochs per step. Cyclic: batches per half cycle.</source>
        <translation>Stufenplan: Epochen pro Stufe. Zyklisch: Batches pro halbem Zyklus.</translation>
    </message>
    <message>
        <source>Cyclic base learning rate</source>
        <translation>Zyklische Basislernrate</translation>
    </message>
    <message>
        <source>Lower bound of a cyclic schedule; the learning rate is its upper bound</source>
        <translation>Untergrenze eines zyklischen Plans; die Lernrate ist seine Obergrenze</translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation>Plateau-Geduld</translation>
    </message>
    <message>
        <source>Plateau threshold</source>
        <translation>Plateau-Schwelle</translation>
    </message>
    <message>
        <source>Relative improvement that counts as better</source>
        <translation>Relative Verbesserung, die als besser zählt</translation>
    </message>
    <message>
        <source>Lowest learning rate</source>
        <translation>Niedrigste Lernrate</translation>
    </message>
    <message>
        <source>Cosine length</source>
        <translation>Kosinuslänge</translation>
    </message>
    <message>
        <source>Epochs of the cosine&apos;s half period; 0: the run&apos;s epochs</source>
        <translation>Epochen der halben Periode des Kosinus; 0: die Epochen des Laufs</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Where the network trains, is selected and is tested</source>
        <translation>Wo das Netz trainiert, ausgewählt und getestet wird</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Pairs per epoch</source>
        <translation>Paare pro Epoche</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Distorted views (K)</source>
        <translation>Verzerrte Ansichten (K)</translation>
    </message>
    <message>
        <source>Each pair is seen once plain and K times with fresh distortions (Koch&apos;s x8: 8)</source>
        <translation>Jedes Paar wird einmal unverändert und K-mal mit frischen Verzerrungen gesehen (Kochs x8: 8)</translation>
    </message>
    <message>
        <source>Koch et al. 2015</source>
        <translation>Koch et al. 2015</translation>
    </message>
    <message>
        <source>torchvision RandomAffine</source>
        <translation>torchvision RandomAffine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Distortion</source>
        <translation>Verzerrung</translation>
    </message>
    <message>
        <source>Same-alphabet negatives</source>
        <translation>Negative aus demselben Alphabet</translation>
    </message>
    <message>
        <source>Share of different pairs drawn from the same alphabet (harder negatives)</source>
        <translation>Anteil der verschiedenen Paare aus demselben Alphabet (schwierigere Negative)</translation>
    </message>
    <message>
        <source>Alphabets per batch</source>
        <translation>Alphabete pro Batch</translation>
    </message>
    <message>
        <source>Draw each batch from this many alphabets, so that the batch&apos;s other images are same-alphabet distractors, as in Lake&apos;s runs (0: all)</source>
        <translation>Jeden Batch aus so vielen Alphabeten ziehen, damit die übrigen Bilder des Batches Ablenker aus demselben Alphabet sind, wie in Lakes Läufen (0: alle)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Training time after which the run validates and ends; 0: no limit</source>
        <translation>Trainingszeit, nach der der Lauf validiert und endet; 0: keine Grenze</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Decides the pairs, distortions, initial weights and validation trials</source>
        <translation>Bestimmt die Paare, Verzerrungen, Anfangsgewichte und Validierungsversuche</translation>
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
        <translation>Gerät</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Threads of the network&apos;s CPU kernels; 0: all cores</source>
        <translation>Threads der CPU-Kernel des Netzes; 0: alle Kerne</translation>
    </message>
    <message>
        <source>Loader threads</source>
        <translation>Lade-Threads</translation>
    </message>
    <message>
        <source>Threads preparing distorted batches ahead</source>
        <translation>Threads, die verzerrte Batches im Voraus vorbereiten</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>Protokoll alle</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Verification pairs</source>
        <translation>Verifikationspaare</translation>
    </message>
    <message>
        <source>Validation pairs scored after each epoch</source>
        <translation>Validierungspaare, die nach jeder Epoche bewertet werden</translation>
    </message>
    <message>
        <source>One-shot trials</source>
        <translation>One-Shot-Versuche</translation>
    </message>
    <message>
        <source>Validation one-shot trials after each epoch</source>
        <translation>Validierungs-One-Shot-Versuche nach jeder Epoche</translation>
    </message>
    <message>
        <source>Ways</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Candidates per validation one-shot trial</source>
        <translation>Kandidaten pro Validierungs-One-Shot-Versuch</translation>
    </message>
    <message>
        <source>validation one-shot</source>
        <translation>Validierung One-Shot</translation>
    </message>
    <message>
        <source>validation verification (tuned)</source>
        <translation>Validierung Verifikation (abgestimmt)</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Select on</source>
        <translation>Auswählen nach</translation>
    </message>
    <message>
        <source>The validation figure that picks the best checkpoint</source>
        <translation>Die Validierungskennzahl, die den besten Checkpoint wählt</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Geduld für frühes Stoppen</translation>
    </message>
    <message>
        <source>Epochs without improvement before stopping; 0: off</source>
        <translation>Epochen ohne Verbesserung vor dem Abbruch; 0: aus</translation>
    </message>
    <message>
        <source>Test the best checkpoint at the end</source>
        <translation>Den besten Checkpoint am Ende testen</translation>
    </message>
    <message>
        <source>Run set for the one-shot test</source>
        <translation>Laufsatz für den One-Shot-Test</translation>
    </message>
    <message>
        <source>all_runs.zip or a folder of runs; empty: the data folder&apos;s all_runs.zip</source>
        <translation>all_runs.zip oder ein Ordner mit Läufen; leer: all_runs.zip im Datenordner</translation>
    </message>
    <message>
        <source>Omniglot data folder</source>
        <translation>Omniglot-Datenordner</translation>
    </message>
    <message>
        <source>CPU preset (48x48, batch norm)</source>
        <translation>CPU-Vorgabe (48x48, Batch-Normalisierung)</translation>
    </message>
    <message>
        <source>Koch 2015 (105x105, 38.9M parameters)</source>
        <translation>Koch 2015 (105x105, 38,9 Mio. Parameter)</translation>
    </message>
    <message>
        <source>Tiny (28x28, for a quick look)</source>
        <translation>Klein (28x28, für einen schnellen Blick)</translation>
    </message>
    <message>
        <source>fresh pairs every epoch</source>
        <translation>neue Paare in jeder Epoche</translation>
    </message>
    <message>
        <source>a fixed set, as in the paper</source>
        <translation>eine feste Menge, wie im Artikel</translation>
    </message>
    <message>
        <source>Pair set</source>
        <translation>Paarmenge</translation>
    </message>
    <message>
        <source>Fixed: the pairs are drawn once and every epoch sees them, with the same distorted copies (Koch&apos;s 30k, 90k, 150k pairs). Fresh: drawn anew each epoch.</source>
        <translation>Fest: die Paare werden einmal gezogen und jede Epoche sieht sie, mit denselben verzerrten Kopien (Kochs 30k, 90k, 150k Paare). Neu: in jeder Epoche neu gezogen.</translation>
    </message>
    <message>
        <source>validation verification at 0.5</source>
        <translation>Validierungs-Verifikation bei 0,5</translation>
    </message>
    <message>
        <source>The reproduction (Koch&apos;s net, Adam, seed split)</source>
        <translation>Die Reproduktion (Kochs Netz, Adam, Seed-Aufteilung)</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <source>Write the last checkpoint this often inside an epoch too, so a crash loses minutes rather than an epoch; 0: at the end of each epoch only</source>
        <translation>Den letzten Checkpoint auch innerhalb einer Epoche so oft schreiben, damit ein Absturz Minuten statt einer Epoche kostet; 0: nur am Ende jeder Epoche</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 mixed precision</source>
        <translation>bf16 gemischte Genauigkeit</translation>
    </message>
    <message>
        <source>fp16 mixed precision (CUDA)</source>
        <translation>fp16 gemischte Genauigkeit (CUDA)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Convolutions and matrix products in bfloat16 or float16, the weights and the loss in fp32; bf16 needs a CPU with AVX-512 BF16 or AMX, or a GPU, and falls back to fp32 with a message elsewhere</source>
        <translation>Faltungen und Matrixprodukte in bfloat16 oder float16, die Gewichte und der Verlust in fp32; bf16 braucht eine CPU mit AVX-512 BF16 oder AMX oder eine GPU und fällt sonst mit einer Meldung auf fp32 zurück</translation>
    </message>
    <message>
        <source>Rotated classes</source>
        <translation>Gedrehte Klassen</translation>
    </message>
    <message>
        <source>Each training character turned by 90, 180 and 270 degrees is a class of its own: four times the classes to tell apart (training alphabets only)</source>
        <translation>Jedes Trainingszeichen, um 90, 180 und 270 Grad gedreht, ist eine eigene Klasse: viermal so viele Klassen zu unterscheiden (nur Trainingsalphabete)</translation>
    </message>
    <message>
        <source>Synchronised batch norm</source>
        <translation>Synchronisierte Batch-Norm</translation>
    </message>
    <message>
        <source>Data-parallel runs: batch norm&apos;s statistics over the whole batch of all workers, as on one process (one all-reduce per norm layer and step); off: each worker normalises with its own share&apos;s statistics</source>
        <translation>Datenparallele Läufe: die Statistiken der Batch-Norm über den ganzen Batch aller Worker, wie in einem Prozess (ein All-Reduce je Norm-Schicht und Schritt); aus: jeder Worker normalisiert mit den Statistiken seines eigenen Anteils</translation>
    </message>
    <message>
        <source>Channels-last layout</source>
        <translation>Channels-last-Anordnung</translation>
    </message>
    <message>
        <source>On the CPU the layers after the first run on channels-last (NHWC) activations, which trains faster; LibTorch&apos;s batch norm then sums less exactly, so runs on other thread counts or numbers of workers drift apart sooner. Off: NCHW throughout</source>
        <translation>Auf der CPU laufen die Schichten nach der ersten auf Channels-last-Aktivierungen (NHWC), was schneller trainiert; die Batch-Norm von LibTorch summiert dann weniger genau, sodass Läufe mit einer anderen Zahl von Threads oder Workern früher auseinanderlaufen. Aus: durchgehend NCHW</translation>
    </message>
    <message>
        <source>Test-time views</source>
        <translation>Testansichten</translation>
    </message>
    <message>
        <source>The final test and oneshot evaluate embed each image as the mean over the image and this many minus one fixed affine distortions of it; 1: the image alone, as the paper</source>
        <translation>Der Abschlusstest und oneshot evaluate betten jedes Bild als Mittel über das Bild und so viele minus eine feste affine Verzerrungen davon ein; 1: nur das Bild, wie im Artikel</translation>
    </message>
    <message>
        <source>exponential over the run (epochs or time budget)</source>
        <translation>exponentiell über den ganzen Lauf (Epochen oder Zeitbudget)</translation>
    </message>
    <message>
        <source>Final factor</source>
        <translation>Endfaktor</translation>
    </message>
    <message>
        <source>The learning rate at the run&apos;s end as a fraction of the initial one; the end is the last epoch or the time budget, whichever comes first</source>
        <translation>Die Lernrate am Ende des Laufs als Anteil der anfänglichen; das Ende ist die letzte Epoche oder das Zeitbudget, je nachdem, was zuerst eintritt</translation>
    </message>
    <message>
        <source>Distortion strength</source>
        <translation>Stärke der Verzerrung</translation>
    </message>
    <message>
        <source>Every range of the distortion (rotation, shear, scale, shift) times this; 1: as published, 2: twice Koch&apos;s, as the test-time views</source>
        <translation>Jeder Bereich der Verzerrung (Drehung, Scherung, Skalierung, Verschiebung) mal diesem Wert; 1: wie veröffentlicht, 2: doppelt so groß wie bei Koch, wie die Testansichten</translation>
    </message>
    <message>
        <source>Mirrored classes</source>
        <translation>Gespiegelte Klassen</translation>
    </message>
    <message>
        <source>Each training character mirrored left to right is a class of its own (with rotated classes, in each of its turns too): twice the classes to tell apart (training alphabets only)</source>
        <translation>Jedes Trainingszeichen, von links nach rechts gespiegelt, ist eine eigene Klasse (mit gedrehten Klassen auch in jeder Drehung): doppelt so viele Klassen zu unterscheiden (nur Trainingsalphabete)</translation>
    </message>
</context>
<context>
    <name>oneshot::cli</name>
    <message>
        <source>Load the Omniglot data and print its counts</source>
        <translation>Die Omniglot-Daten laden und ihre Anzahlen ausgeben</translation>
    </message>
    <message>
        <source>Download the official Omniglot zips</source>
        <translation>Die offiziellen Omniglot-ZIPs herunterladen</translation>
    </message>
    <message>
        <source>Train a Siamese network into a run folder</source>
        <translation>Ein siamesisches Netz in einen Laufordner trainieren</translation>
    </message>
    <message>
        <source>Score a model on one-shot run sets (Lake&apos;s 20 runs)</source>
        <translation>Ein Modell auf One-Shot-Laufsets bewerten (Lakes 20 Läufe)</translation>
    </message>
    <message>
        <source>Pixel nearest neighbour or modified Hausdorff on run sets</source>
        <translation>Nächster Nachbar auf Pixeln oder modifizierte Hausdorff-Distanz auf Laufsets</translation>
    </message>
    <message>
        <source>Similarity of two images</source>
        <translation>Ähnlichkeit zweier Bilder</translation>
    </message>
    <message>
        <source>First-layer filters as a PNG grid</source>
        <translation>Filter der ersten Schicht als PNG-Raster</translation>
    </message>
    <message>
        <source>Activation maps of every conv layer for an image</source>
        <translation>Aktivierungskarten jeder Faltungsschicht für ein Bild</translation>
    </message>
    <message>
        <source>A folder PyTorch loads: weights, spec and model.py</source>
        <translation>Ein Ordner, den PyTorch lädt: Gewichte, Beschreibung und model.py</translation>
    </message>
    <message>
        <source>Print the config a preset and --set make, or list the settings</source>
        <translation>Die Konfiguration ausgeben, die eine Vorgabe und --set ergeben, oder die Einstellungen auflisten</translation>
    </message>
    <message>
        <source>Reproduce a table of Koch et al. 2015 or of the reproduction</source>
        <translation>Eine Tabelle von Koch et al. 2015 oder der Reproduktion reproduzieren</translation>
    </message>
    <message>
        <source>One HTML file about runs and experiments</source>
        <translation>Eine HTML-Datei über Läufe und Experimente</translation>
    </message>
    <message>
        <source>Rank your own characters (a support set) for query images</source>
        <translation>Eigene Zeichen (einen Stützsatz) für Anfragebilder ordnen</translation>
    </message>
    <message>
        <source>Embeddings of a set of images projected to the plane, as CSV</source>
        <translation>Embeddings einer Bildmenge in die Ebene projiziert, als CSV</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ActivationsPage</name>
    <message>
        <source>Input: draw, drop, paste, or double-click a drawing on the Data set page</source>
        <translation>Eingabe: zeichnen, ablegen, einfügen oder auf der Seite Datensatz auf eine Zeichnung doppelklicken</translation>
    </message>
    <message>
        <source>No image yet.</source>
        <translation>Noch kein Bild.</translation>
    </message>
    <message>
        <source>Export all layers...</source>
        <translation>Alle Schichten exportieren...</translation>
    </message>
    <message>
        <source>your image</source>
        <translation>Ihr Bild</translation>
    </message>
    <message>
        <source>Folder for the activation maps</source>
        <translation>Ordner für die Aktivierungskarten</translation>
    </message>
    <message>
        <source>Cannot write to %1</source>
        <translation>In %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu).</source>
        <translation>Kein Modell: trainieren Sie eines oder öffnen Sie einen Checkpoint (Menü Datei).</translation>
    </message>
    <message>
        <source>Computing the maps of %1...</source>
        <translation>Die Karten von %1 werden berechnet...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 maps of %3x%4 (after ReLU)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Karten von %3x%4 (nach ReLU)</translation>
    </message>
    <message>
        <source>Maps of %1 with %2</source>
        <translation>Karten von %1 mit %2</translation>
    </message>
    <message>
        <source>Wrote %1 layers to %2 (PNG and SVG)</source>
        <translation>%1 Schichten nach %2 geschrieben (PNG und SVG)</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3x%4 after ReLU, %5</source>
        <translation>%1: %2 Karten von %3x%4 nach ReLU, %5</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::BoardPage</name>
    <message>
        <source>Lake&apos;s 20 runs</source>
        <translation>Lakes 20 Läufe</translation>
    </message>
    <message>
        <source>Sampled tasks</source>
        <translation>Gezogene Aufgaben</translation>
    </message>
    <message>
        <source>Your image</source>
        <translation>Ihr Bild</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>within an alphabet</source>
        <translation>innerhalb eines Alphabets</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>über Alphabete hinweg</translation>
    </message>
    <message>
        <source>Distractors</source>
        <translation>Ablenker</translation>
    </message>
    <message>
        <source>Ways (N)</source>
        <translation>Wege (N)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>The support set: one drawing of each character of this alphabet</source>
        <translation>Die Stützmenge: eine Zeichnung jedes Zeichens dieses Alphabets</translation>
    </message>
    <message>
        <source>Support alphabet</source>
        <translation>Alphabet der Stützmenge</translation>
    </message>
    <message>
        <source>Support drawer</source>
        <translation>Zeichner der Stützmenge</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Score every trial of this task set and list the failures</source>
        <translation>Jeden Versuch dieses Aufgabensets bewerten und die Fehler auflisten</translation>
    </message>
    <message>
        <source>Failures: query, the model&apos;s pick, the truth. Double-click to open the trial.</source>
        <translation>Fehler: Anfrage, die Wahl des Modells, die Wahrheit. Doppelklick öffnet den Versuch.</translation>
    </message>
    <message>
        <source>Failures of the last &quot;Run all&quot; (query · pick · truth)</source>
        <translation>Fehler des letzten &quot;Alle ausführen&quot; (Anfrage · Wahl · Wahrheit)</translation>
    </message>
    <message>
        <source>Right: the model picked the true match.</source>
        <translation>Richtig: das Modell wählte die echte Entsprechung.</translation>
    </message>
    <message>
        <source>Wrong: a tie for the top score counts as wrong.</source>
        <translation>Falsch: ein Gleichstand bei der höchsten Bewertung zählt als falsch.</translation>
    </message>
    <message>
        <source>Wrong: the model picked candidate %1; the truth is %2.</source>
        <translation>Falsch: das Modell wählte Kandidat %1; die Wahrheit ist %2.</translation>
    </message>
    <message>
        <source>Best match: %1</source>
        <translation>Beste Entsprechung: %1</translation>
    </message>
    <message>
        <source>run %1 trial %2</source>
        <translation>Lauf %1 Versuch %2</translation>
    </message>
    <message>
        <source>%1 of %2 trials right: %3% (%4)</source>
        <translation>%1 von %2 Versuchen richtig: %3% (%4)</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu) to score.</source>
        <translation>Kein Modell: trainieren Sie eines oder öffnen Sie einen Checkpoint (Menü Datei), um zu bewerten.</translation>
    </message>
    <message>
        <source>Nothing to score: load the data and a model first.</source>
        <translation>Nichts zu bewerten: laden Sie zuerst die Daten und ein Modell.</translation>
    </message>
    <message>
        <source>Scoring %1 trials...</source>
        <translation>%1 Versuche werden bewertet...</translation>
    </message>
    <message>
        <source>Sort the candidates by score</source>
        <translation>Kandidaten nach Wert sortieren</translation>
    </message>
    <message>
        <source>Best score first; each candidate keeps its number in the trial</source>
        <translation>Bester Wert zuerst; jeder Kandidat behält seine Nummer im Versuch</translation>
    </message>
    <message>
        <source>Your characters</source>
        <translation>Ihre Zeichen</translation>
    </message>
    <message>
        <source>Open a folder...</source>
        <translation>Einen Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open a zip...</source>
        <translation>Ein Zip öffnen...</translation>
    </message>
    <message>
        <source>A support set: one subfolder per character, each with 1 to k images of it in any format and size. Then draw, drop or paste a query.</source>
        <translation>Ein Stützsatz: ein Unterordner je Zeichen, jeder mit 1 bis k Bildern davon in jedem Format und jeder Größe. Dann eine Anfrage zeichnen, ablegen oder einfügen.</translation>
    </message>
    <message>
        <source>No characters yet.</source>
        <translation>Noch keine Zeichen.</translation>
    </message>
    <message>
        <source>Your characters: a folder per character</source>
        <translation>Ihre Zeichen: ein Ordner je Zeichen</translation>
    </message>
    <message>
        <source>Your characters: a zip with a folder per character</source>
        <translation>Ihre Zeichen: ein Zip mit einem Ordner je Zeichen</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Not loaded.</source>
        <translation>Nicht geladen.</translation>
    </message>
    <message>
        <source>%1: %2 characters, %3 images</source>
        <translation>%1: %2 Zeichen, %3 Bilder</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Open a folder or zip of your characters, then draw, drop or paste a query.</source>
        <translation>Öffnen Sie einen Ordner oder ein Zip mit Ihren Zeichen, dann zeichnen, ablegen oder einfügen Sie eine Anfrage.</translation>
    </message>
    <message>
        <source>Add the query as a character...</source>
        <translation>Die Anfrage als Zeichen hinzufügen...</translation>
    </message>
    <message>
        <source>Save the drawn or dropped query into your characters&apos; folder, as a new character or one more drawing of one</source>
        <translation>Die gezeichnete oder abgelegte Anfrage im Ordner deiner Zeichen speichern, als neues Zeichen oder als weitere Zeichnung eines Zeichens</translation>
    </message>
    <message>
        <source>Draw, drop or paste a character first.</source>
        <translation>Zeichne, ziehe oder füge zuerst ein Zeichen ein.</translation>
    </message>
    <message>
        <source>A folder for your characters (new or existing)</source>
        <translation>Ein Ordner für deine Zeichen (neu oder vorhanden)</translation>
    </message>
    <message>
        <source>Add the query</source>
        <translation>Die Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Character (new or existing):</source>
        <translation>Zeichen (neu oder vorhanden):</translation>
    </message>
    <message>
        <source>Accuracy against N...</source>
        <translation>Genauigkeit gegen N...</translation>
    </message>
    <message>
        <source>Measure N-way accuracy for N = 5 to 50 and K = 1 and 5 on the evaluation alphabets</source>
        <translation>Die N-way-Genauigkeit für N = 5 bis 50 und K = 1 und 5 auf den Evaluationsalphabeten messen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1. A support set needs two characters at least: draw another and add it.</source>
        <translation>%1 gespeichert. Eine Support-Menge braucht mindestens zwei Zeichen: zeichne ein weiteres und füge es hinzu.</translation>
    </message>
    <message>
        <source>Classify a labelled folder...</source>
        <translation>Einen beschrifteten Ordner klassifizieren...</translation>
    </message>
    <message>
        <source>Rank a folder of queries, one subfolder per character of your set, and show the confusion matrix</source>
        <translation>Einen Ordner mit Anfragen ordnen, ein Unterordner je Zeichen deiner Menge, und die Konfusionsmatrix zeigen</translation>
    </message>
    <message>
        <source>Labelled queries: one subfolder per character of your set</source>
        <translation>Beschriftete Anfragen: ein Unterordner je Zeichen deiner Menge</translation>
    </message>
    <message>
        <source>Open your characters first: the queries are ranked against them.</source>
        <translation>Öffne zuerst deine Zeichen: die Anfragen werden gegen sie geordnet.</translation>
    </message>
    <message>
        <source>Classifying the queries in %1...</source>
        <translation>Klassifiziere die Anfragen in %1...</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::CandidateGrid</name>
    <message>
        <source>rank %1 · p %2</source>
        <translation>Rang %1 · p %2</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ConfigForm</name>
    <message>
        <source>Model and protocol</source>
        <translation>Modell und Protokoll</translation>
    </message>
    <message>
        <source>Pairs and distortions</source>
        <translation>Paare und Verzerrungen</translation>
    </message>
    <message>
        <source>Loss terms</source>
        <translation>Verlustterme</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Validation and selection</source>
        <translation>Validierung und Auswahl</translation>
    </message>
    <message>
        <source>A preset sets the network and its recommended training settings</source>
        <translation>Eine Vorgabe setzt das Netz und seine empfohlenen Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>The form has no field for &apos;%1&apos;</source>
        <translation>Das Formular hat kein Feld für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1
%2 parameters, %3 M multiply-adds per image</source>
        <translation>%1
%2 Parameter, %3 Mio. Multiplikationen-Additionen pro Bild</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ConfusionDialog</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the confusion matrix (CSV, with PNG and SVG beside)</source>
        <translation>Die Konfusionsmatrix speichern (CSV, mit PNG und SVG daneben)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 of %2 labelled queries right (%3 %) against %4 characters; %5 queries in %6.</source>
        <translation>%1 von %2 beschrifteten Anfragen richtig (%3 %) gegen %4 Zeichen; %5 Anfragen in %6.</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg</source>
        <translation>%1.csv, .png und .svg geschrieben</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::CurveChart</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>What the x axis shows</source>
        <translation>Was die x-Achse zeigt</translation>
    </message>
    <message>
        <source>Smoothing: TensorBoard&apos;s debiased exponential moving average</source>
        <translation>Glättung: der biaskorrigierte exponentielle gleitende Durchschnitt von TensorBoard</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or its data as CSV</source>
        <translation>Das Diagramm als PNG oder SVG speichern oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>verstrichene Zeit (s)</translation>
    </message>
    <message>
        <source>Smoothing %1</source>
        <translation>Glättung %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;CSV-Daten (*.csv)</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DataController</name>
    <message>
        <source>Downloading Omniglot into %1...</source>
        <translation>Omniglot wird nach %1 heruntergeladen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DatasetPage</name>
    <message>
        <source>Choose a folder with the Omniglot zips...</source>
        <translation>Ordner mit den Omniglot-ZIPs wählen...</translation>
    </message>
    <message>
        <source>Download the official zips (16 MB)</source>
        <translation>Die offiziellen ZIPs herunterladen (16 MB)</translation>
    </message>
    <message>
        <source>From github.com/brendenlake/omniglot; size, md5 and content are checked</source>
        <translation>Von github.com/brendenlake/omniglot; Größe, MD5 und Inhalt werden geprüft</translation>
    </message>
    <message>
        <source>Alphabet / character</source>
        <translation>Alphabet / Zeichen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Zeichnungen</translation>
    </message>
    <message>
        <source>The 50 Omniglot alphabets: 30 background and 20 evaluation.</source>
        <translation>Die 50 Omniglot-Alphabete: 30 Background und 20 Evaluation.</translation>
    </message>
    <message>
        <source>Select a character to see its 20 drawings.</source>
        <translation>Wählen Sie ein Zeichen, um seine 20 Zeichnungen zu sehen.</translation>
    </message>
    <message>
        <source>Double-click a drawing to see its activation maps.</source>
        <translation>Doppelklicken Sie auf eine Zeichnung, um ihre Aktivierungskarten zu sehen.</translation>
    </message>
    <message>
        <source>Looking for the Omniglot data...</source>
        <translation>Die Omniglot-Daten werden gesucht...</translation>
    </message>
    <message>
        <source>%1: %2 alphabets, %3 characters, %4 images</source>
        <translation>%1: %2 Alphabete, %3 Zeichen, %4 Bilder</translation>
    </message>
    <message>
        <source>Background set</source>
        <translation>Background-Set</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Evaluation-Set</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 (id %3): %4 drawings</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 (ID %3): %4 Zeichnungen</translation>
    </message>
    <message>
        <source>drawer %1</source>
        <translation>Zeichner %1</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::DrawingPad</name>
    <message>
        <source>Draw a character with the mouse, drop an image file here, or paste one (Ctrl+V). Right-click or Delete clears.</source>
        <translation>Zeichnen Sie ein Zeichen mit der Maus, legen Sie hier eine Bilddatei ab oder fügen Sie eine ein (Strg+V). Rechtsklick oder Entf löscht.</translation>
    </message>
    <message>
        <source>Draw here
or drop an image</source>
        <translation>Hier zeichnen
oder ein Bild ablegen</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>Ihre Zeichnung</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts zum Einfügen</translation>
    </message>
    <message>
        <source>%1 is not a local file</source>
        <translation>%1 ist keine lokale Datei</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>The dropped data is neither an image nor a file</source>
        <translation>Die abgelegten Daten sind weder ein Bild noch eine Datei</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be an image of a character</source>
        <translation>%1 ist zu groß (%2 MB), um ein Bild eines Zeichens zu sein</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>PCA: die zwei Richtungen größter Varianz (linear, schnell). t-SNE: erhält Nachbarschaften (Perplexität 30, 1000 Iterationen, mit Seed); Abstände zwischen Clustern sagen wenig.</translation>
    </message>
    <message>
        <source>Colour by alphabet</source>
        <translation>Farbe nach Alphabet</translation>
    </message>
    <message>
        <source>Colour by character</source>
        <translation>Farbe nach Zeichen</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Choose a set to map its embeddings.</source>
        <translation>Wähle eine Menge, um ihre Einbettungen abzubilden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nearest neighbours&lt;/b&gt; (click a point)</source>
        <translation>&lt;b&gt;Nächste Nachbarn&lt;/b&gt; (klicke auf einen Punkt)</translation>
    </message>
    <message>
        <source>Your characters (one subfolder each)</source>
        <translation>Deine Zeichen (ein Unterordner je Zeichen)</translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation>Kann %1 nicht abbilden: %2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(ohne Beschriftung)</translation>
    </message>
    <message>
        <source>your characters in %1</source>
        <translation>deine Zeichen in %1</translation>
    </message>
    <message>
        <source>Evaluation characters, one drawing each</source>
        <translation>Evaluationszeichen, je eine Zeichnung</translation>
    </message>
    <message>
        <source>Background characters, one drawing each</source>
        <translation>Hintergrundzeichen, je eine Zeichnung</translation>
    </message>
    <message>
        <source>%1 (%2), all drawings</source>
        <translation>%1 (%2), alle Zeichnungen</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Your characters...</source>
        <translation>Deine Zeichen...</translation>
    </message>
    <message>
        <source>drawer %1</source>
        <translation>Zeichner %1</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lese %1...</translation>
    </message>
    <message>
        <source>No model: train one or open a checkpoint (File menu).</source>
        <translation>Kein Modell: trainieren Sie eines oder öffnen Sie einen Checkpoint (Menü Datei).</translation>
    </message>
    <message>
        <source>Embedding %1 images of %2 and mapping them with %3...</source>
        <translation>Bette %1 Bilder von %2 ein und bilde sie mit %3 ab...</translation>
    </message>
    <message>
        <source>%1: %2 images, %3 of the embedding&apos;s %4 dimensions. Of each image&apos;s %5 nearest neighbours in the embedding, %6 % are also nearest on this map.</source>
        <translation>%1: %2 Bilder, %3 der %4 Dimensionen der Einbettung. Von den %5 nächsten Nachbarn jedes Bildes in der Einbettung sind %6 % auch auf dieser Karte am nächsten.</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
    <message>
        <source>%1
mean |difference| %2</source>
        <translation>%1
mittlerer |Unterschied| %2</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Die Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::FiltersPage</name>
    <message>
        <source>Follow training</source>
        <translation>Training folgen</translation>
    </message>
    <message>
        <source>Show the newest filters as they change</source>
        <translation>Die neuesten Filter zeigen, während sie sich ändern</translation>
    </message>
    <message>
        <source>Go back through the epochs of the run</source>
        <translation>Durch die Epochen des Laufs zurückgehen</translation>
    </message>
    <message>
        <source>Normalise per filter</source>
        <translation>Pro Filter normieren</translation>
    </message>
    <message>
        <source>Normalise globally (grey = 0)</source>
        <translation>Global normieren (grau = 0)</translation>
    </message>
    <message>
        <source>fit to window</source>
        <translation>an Fenster anpassen</translation>
    </message>
    <message>
        <source> px per weight</source>
        <translation> px pro Gewicht</translation>
    </message>
    <message>
        <source>Zoom: pixels per filter weight</source>
        <translation>Zoom: Pixel pro Filtergewicht</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>No filters yet: start a run or open a checkpoint.</source>
        <translation>Noch keine Filter: starten Sie einen Lauf oder öffnen Sie einen Checkpoint.</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>Exportgröße</translation>
    </message>
    <message>
        <source>%1 filters of %2x%2 · epoch %3 · step %4</source>
        <translation>%1 Filter von %2x%2 · Epoche %3 · Schritt %4</translation>
    </message>
    <message>
        <source>Export filters (PNG, with SVG beside)</source>
        <translation>Filter exportieren (PNG, mit SVG daneben)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Width in pixels (each weight a crisp square)</source>
        <translation>Breite in Pixeln (jedes Gewicht ein scharfes Quadrat)</translation>
    </message>
    <message>
        <source>Wrote %1.png and %1.svg</source>
        <translation>%1.png und %1.svg geschrieben</translation>
    </message>
    <message>
        <source>First-layer filters: %1 of %2x%2, epoch %3</source>
        <translation>Filter der ersten Schicht: %1 von %2x%2, Epoche %3</translation>
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
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>One-shot board</source>
        <translation>One-Shot-Tafel</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;data folder...</source>
        <translation>&amp;Datenordner öffnen...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open &amp;checkpoint...</source>
        <translation>&amp;Checkpoint öffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Dunkelmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Oneshot Studio</source>
        <translation>&amp;Über Oneshot Studio</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Omniglot: %1 characters, %2 images</source>
        <translation>Omniglot: %1 Zeichen, %2 Bilder</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>Loading Omniglot from %1...</source>
        <translation>Omniglot wird aus %1 geladen...</translation>
    </message>
    <message>
        <source>Folder with the Omniglot zips</source>
        <translation>Ordner mit den Omniglot-ZIPs</translation>
    </message>
    <message>
        <source>Not an Omniglot folder</source>
        <translation>Kein Omniglot-Ordner</translation>
    </message>
    <message>
        <source>%1 holds neither images_background.zip nor an images_background folder.</source>
        <translation>%1 enthält weder images_background.zip noch einen Ordner images_background.</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Oneshot Studio</source>
        <translation>Über Oneshot Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Oneshot Studio %1&lt;/h3&gt;&lt;p&gt;One-shot image recognition with Siamese networks (Koch, Zemel and Salakhutdinov 2015) on Omniglot.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Uses: Qt %2 (LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0), LibTorch (BSD-3-Clause), OpenCV (Apache-2.0), libzip (BSD-3-Clause), OpenBLAS (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;Omniglot data: Brenden Lake, MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oneshot Studio %1&lt;/h3&gt;&lt;p&gt;One-Shot-Bilderkennung mit siamesischen Netzen (Koch, Zemel und Salakhutdinov 2015) auf Omniglot.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Verwendet: Qt %2 (LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0), LibTorch (BSD-3-Clause), OpenCV (Apache-2.0), libzip (BSD-3-Clause), OpenBLAS (BSD-3-Clause).&lt;/p&gt;&lt;p&gt;Omniglot-Daten: Brenden Lake, MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop the training and quit? The last checkpoint is kept, and the run can be resumed.</source>
        <translation>Das Training beenden und schließen? Der letzte Checkpoint bleibt erhalten, und der Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stopping the training...</source>
        <translation>Das Training wird beendet...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Oneshot Studio will speak %1 from its next start.</source>
        <translation>Oneshot Studio spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Reproduzieren</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>There is nothing to report yet: train a run, open one on the Runs page, or run an experiment on the Reproduce page.</source>
        <translation>Es gibt noch nichts zu berichten: trainieren Sie einen Lauf, öffnen Sie einen auf der Seite Läufe, oder führen Sie ein Experiment auf der Seite Reproduzieren aus.</translation>
    </message>
    <message>
        <source>HTML, images inline (*.html);;PDF (*.pdf)</source>
        <translation>HTML, Bilder eingebettet (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report %1...</source>
        <translation>Bericht %1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>CPU · %1 threads · %2 · %3</source>
        <translation>CPU · %1 Threads · %2 · %3</translation>
    </message>
    <message>
        <source>fp32 and bf16</source>
        <translation>fp32 und bf16</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>%1 workers × %2 threads</source>
        <translation>%1 Worker × %2 Threads</translation>
    </message>
    <message>
        <source>%1 threads</source>
        <translation>%1 Threads</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · training in %4</source>
        <translation>%1 · %2 · %3 · trainiert in %4</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::ReproducePage</name>
    <message>
        <source>CPU: the CPU preset on the same axes, with a time budget per run</source>
        <translation>CPU: die CPU-Vorgabe auf denselben Achsen, mit einem Zeitbudget pro Lauf</translation>
    </message>
    <message>
        <source>Paper: koch2015 with the paper&apos;s settings (a GPU)</source>
        <translation>Artikel: koch2015 mit den Einstellungen des Artikels (eine GPU)</translation>
    </message>
    <message>
        <source>Tiny: a tiny net in about a minute, to see how it works</source>
        <translation>Winzig: ein winziges Netz in etwa einer Minute, um zu sehen, wie es geht</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source> min per run</source>
        <translation> Min. pro Lauf</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
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
        <translation>Nach dem aktuellen Schritt anhalten; erneutes Starten setzt dort fort</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unseres</translation>
    </message>
    <message>
        <source>Ours at 0.5</source>
        <translation>Unseres bei 0,5</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Double-click a cell that trained to open its run</source>
        <translation>Doppelklicken Sie auf eine trainierte Zelle, um ihren Lauf zu öffnen</translation>
    </message>
    <message>
        <source>Current cell: training loss</source>
        <translation>Aktuelle Zelle: Trainingsverlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Current cell: validation</source>
        <translation>Aktuelle Zelle: Validierung</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>verification @0.5</source>
        <translation>Verifikation @0,5</translation>
    </message>
    <message>
        <source>verification, tuned threshold</source>
        <translation>Verifikation, abgestimmte Schwelle</translation>
    </message>
    <message>
        <source>one-shot</source>
        <translation>One-Shot</translation>
    </message>
    <message>
        <source>Experiment folder</source>
        <translation>Experimentordner</translation>
    </message>
    <message>
        <source>Cell %1 of %2 (%3): %4</source>
        <translation>Zelle %1 von %2 (%3): %4</translation>
    </message>
    <message>
        <source>The experiment failed: %1</source>
        <translation>Das Experiment ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Stopped; Start resumes it.</source>
        <translation>Angehalten; Starten setzt es fort.</translation>
    </message>
    <message>
        <source>Resuming the experiment that was running when Oneshot Studio closed</source>
        <translation>Das Experiment, das beim Schließen von Oneshot Studio lief, wird fortgesetzt</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet.</source>
        <translation>Die Omniglot-Daten sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source> (cited)</source>
        <translation> (zitiert)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
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
        <translation>Training starten (Strg+R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume mid-epoch</source>
        <translation>Mitten in einer Epoche pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop now; the last checkpoint is kept and can be resumed</source>
        <translation>Jetzt stoppen; der letzte Checkpoint bleibt erhalten und kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>verification @0.5</source>
        <translation>Verifikation @0,5</translation>
    </message>
    <message>
        <source>verification, tuned threshold</source>
        <translation>Verifikation, abgestimmte Schwelle</translation>
    </message>
    <message>
        <source>20-way one-shot</source>
        <translation>20-Wege-One-Shot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Training %1 (%2 parameters) on %3 with %4 threads</source>
        <translation>%1 wird trainiert (%2 Parameter) auf %3 mit %4 Threads</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · step %3 · loss %4 · %5 pairs/s · elapsed %6 · ETA %7</source>
        <translation>Epoche %1/%2 · Schritt %3 · Verlust %4 · %5 Paare/s · vergangen %6 · verbleibend %7</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run ended (%1) after %2 epochs.</source>
        <translation>Lauf beendet (%1) nach %2 Epochen.</translation>
    </message>
    <message>
        <source>Test (%1 protocol): %2 of %3 one-shot trials correct, %4%.</source>
        <translation>Test (Protokoll %1): %2 von %3 One-Shot-Versuchen richtig, %4%.</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::RunsPage</name>
    <message>
        <source>Open run folder...</source>
        <translation>Laufordner öffnen...</translation>
    </message>
    <message>
        <source>Any folder with config.json and metrics.csv, from the app or the CLI</source>
        <translation>Jeder Ordner mit config.json und metrics.csv, aus der App oder der CLI</translation>
    </message>
    <message>
        <source>Look at its model</source>
        <translation>Sein Modell ansehen</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s best checkpoint into the Filters, Activations and Board pages</source>
        <translation>Den besten Checkpoint des gewählten Laufs in die Seiten Filter, Aktivierungen und Tafel laden</translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation>Tabelle exportieren...</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Best val. one-shot</source>
        <translation>Beste Val. One-Shot</translation>
    </message>
    <message>
        <source>Best val. verification</source>
        <translation>Beste Val. Verifikation</translation>
    </message>
    <message>
        <source>Test one-shot</source>
        <translation>Test One-Shot</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Export runs table</source>
        <translation>Lauftabelle exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not a run folder (no config.json and metrics.csv)</source>
        <translation>%1 ist kein Laufordner (keine config.json und metrics.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>running or stopped</source>
        <translation>läuft oder angehalten</translation>
    </message>
    <message>
        <source>Validation one-shot</source>
        <translation>Validierung One-Shot</translation>
    </message>
    <message>
        <source>Validation verification (tuned)</source>
        <translation>Validierungs-Verifikation (abgestimmt)</translation>
    </message>
    <message>
        <source>Validation verification at 0.5</source>
        <translation>Validierungs-Verifikation bei 0,5</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Loss term: %1</source>
        <translation>Verlustterm: %1</translation>
    </message>
    <message>
        <source>Test verification</source>
        <translation>Testverifikation</translation>
    </message>
    <message>
        <source>The metric this chart overlays for the selected runs</source>
        <translation>Die Kennzahl, die dieses Diagramm für die ausgewählten Läufe überlagert</translation>
    </message>
    <message>
        <source>%1, selected runs</source>
        <translation>%1, ausgewählte Läufe</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Watch the selected runs while they train (here, or on another machine writing to a shared folder): new metrics rows and checkpoints appear as they are written</source>
        <translation>Die ausgewählten Läufe verfolgen, während sie trainieren (hier oder auf einem anderen Rechner, der in einen gemeinsamen Ordner schreibt): neue Metrikzeilen und Checkpoints erscheinen, sobald sie geschrieben sind</translation>
    </message>
    <message numerus="yes">
        <source>Following %n run(s)</source>
        <translation>
            <numerusform>Verfolgt %n Lauf</numerusform>
            <numerusform>Verfolgt %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: new best checkpoint, written %2</source>
        <translation>%1: neuer bester Checkpoint, geschrieben um %2</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::TrainPage</name>
    <message>
        <source>Learning rate preview</source>
        <translation>Vorschau der Lernrate</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Start training (Ctrl+R)</source>
        <translation>Training starten (Strg+R)</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>Das Original</translation>
    </message>
    <message>
        <source>A fresh distortion</source>
        <translation>Eine frische Verzerrung</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>The Omniglot data is not loaded yet.</source>
        <translation>Die Omniglot-Daten sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>Run folder in use</source>
        <translation>Laufordner in Benutzung</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose a new run folder.</source>
        <translation>%1 ist nicht leer. Wählen Sie einen neuen Laufordner.</translation>
    </message>
    <message>
        <source>A new or empty folder for config.json, metrics.csv and the checkpoints</source>
        <translation>Ein neuer oder leerer Ordner für config.json, metrics.csv und die Checkpoints</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Up to %1 epochs; early stopping may end the run sooner.</source>
        <translation>Bis zu %1 Epochen; frühes Stoppen kann den Lauf früher beenden.</translation>
    </message>
    <message>
        <source>the last %1 run here</source>
        <translation>der letzte %1-Lauf hier</translation>
    </message>
    <message>
        <source>the default model&apos;s training</source>
        <translation>das Training des Standardmodells</translation>
    </message>
    <message>
        <source>How many epochs fit in %1 minutes is known after a first run of this network; the preview shows all %2.</source>
        <translation>Wie viele Epochen in %1 Minuten passen, ist nach einem ersten Lauf dieses Netzes bekannt; die Vorschau zeigt alle %2.</translation>
    </message>
    <message>
        <source>About %1 of %2 epochs fit in %3 minutes, at %4 pairs/s (%5).</source>
        <translation>Etwa %1 von %2 Epochen passen in %3 Minuten, bei %4 Paaren/s (%5).</translation>
    </message>
    <message>
        <source>1: train in this program. More: a data-parallel run of that many worker processes on this machine (oneshot train --nproc), each with its share of the cores; the batch is split between them and their gradients summed</source>
        <translation>1: in diesem Programm trainieren. Mehr: ein datenparalleler Lauf mit so vielen Worker-Prozessen auf diesem Rechner (oneshot train --nproc), jeder mit seinem Anteil der Kerne; der Batch wird auf sie aufgeteilt und ihre Gradienten summiert</translation>
    </message>
    <message>
        <source>Needs the command-line program beside this one (%1)</source>
        <translation>Braucht das Kommandozeilenprogramm neben diesem (%1)</translation>
    </message>
    <message>
        <source>Worker processes</source>
        <translation>Worker-Prozesse</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::TrainingController</name>
    <message>
        <source>Cannot write the run&apos;s config to %1: %2</source>
        <translation>Die Konfiguration des Laufs kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A run with several workers needs the command-line program, which is not at %1</source>
        <translation>Ein Lauf mit mehreren Workern braucht das Kommandozeilenprogramm, das nicht unter %1 liegt</translation>
    </message>
    <message>
        <source>The workers ended with exit code %1</source>
        <translation>Die Worker endeten mit Exit-Code %1</translation>
    </message>
    <message>
        <source>A run with several worker processes cannot pause; stop it, and resume it later</source>
        <translation>Ein Lauf mit mehreren Worker-Prozessen kann nicht pausieren; stoppen Sie ihn und setzen Sie ihn später fort</translation>
    </message>
</context>
<context>
    <name>oneshot::ui::WaysCurveDialog</name>
    <message>
        <source>Accuracy against the number of candidates</source>
        <translation>Genauigkeit gegen die Zahl der Kandidaten</translation>
    </message>
    <message>
        <source> trials a point</source>
        <translation> Versuche je Punkt</translation>
    </message>
    <message>
        <source>Distractors from any alphabet</source>
        <translation>Ablenker aus jedem Alphabet</translation>
    </message>
    <message>
        <source>Distractors from the query&apos;s alphabet</source>
        <translation>Ablenker aus dem Alphabet der Anfrage</translation>
    </message>
    <message>
        <source>Within an alphabet, N is capped at the alphabet&apos;s size (20 to 47 characters).</source>
        <translation>Innerhalb eines Alphabets ist N durch seine Größe begrenzt (20 bis 47 Zeichen).</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>N = 5 to 50 candidates, K = 1 and 5 drawings of each, on the 20 evaluation alphabets (mean embedding for K &gt; 1).</source>
        <translation>N = 5 bis 50 Kandidaten, K = 1 und 5 Zeichnungen von jedem, auf den 20 Evaluationsalphabeten (mittlere Einbettung für K &gt; 1).</translation>
    </message>
    <message>
        <source>N-way K-shot accuracy</source>
        <translation>N-way-K-shot-Genauigkeit</translation>
    </message>
    <message>
        <source>Save the curve (CSV, with PNG and SVG beside)</source>
        <translation>Die Kurve speichern (CSV, mit PNG und SVG daneben)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 points of %2 trials with %3.</source>
        <translation>%1 Punkte zu %2 Versuchen mit %3.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Measuring with %1...</source>
        <translation>Messe mit %1...</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>within alphabets</source>
        <translation>innerhalb von Alphabeten</translation>
    </message>
    <message>
        <source>across alphabets</source>
        <translation>über Alphabete hinweg</translation>
    </message>
    <message>
        <source>Wrote %1.csv, .png and .svg</source>
        <translation>%1.csv, .png und .svg geschrieben</translation>
    </message>
</context>
</TS>
