#include "seed/DemoContent.h"
#include "seed/SeedRandom.h"

namespace plein::server::seed::content {

const QStringList &firstNames()
{
    static const QStringList names{
        QStringLiteral("Daan"),   QStringLiteral("Sem"),     QStringLiteral("Lucas"),   QStringLiteral("Levi"),
        QStringLiteral("Finn"),   QStringLiteral("Milan"),   QStringLiteral("Jesse"),   QStringLiteral("Noah"),
        QStringLiteral("Thomas"), QStringLiteral("Ruben"),   QStringLiteral("Lars"),    QStringLiteral("Thijs"),
        QStringLiteral("Stijn"),  QStringLiteral("Jeroen"),  QStringLiteral("Pieter"),  QStringLiteral("Marco"),
        QStringLiteral("Erik"),   QStringLiteral("Hans"),    QStringLiteral("Wouter"),  QStringLiteral("Bas"),
        QStringLiteral("Sander"), QStringLiteral("Martijn"), QStringLiteral("Koen"),    QStringLiteral("Niels"),
        QStringLiteral("Joris"),  QStringLiteral("Maarten"), QStringLiteral("Rutger"),  QStringLiteral("Gert"),
        QStringLiteral("Emma"),   QStringLiteral("Julia"),   QStringLiteral("Sophie"),  QStringLiteral("Tess"),
        QStringLiteral("Fleur"),  QStringLiteral("Sanne"),   QStringLiteral("Lotte"),   QStringLiteral("Eva"),
        QStringLiteral("Noor"),   QStringLiteral("Lisa"),    QStringLiteral("Iris"),    QStringLiteral("Anouk"),
        QStringLiteral("Femke"),  QStringLiteral("Marloes"), QStringLiteral("Ingrid"),  QStringLiteral("Marieke"),
        QStringLiteral("Ilse"),   QStringLiteral("Esther"),  QStringLiteral("Karin"),   QStringLiteral("Annemiek"),
        QStringLiteral("Linda"),  QStringLiteral("Petra"),   QStringLiteral("Mirjam"),  QStringLiteral("Wendy"),
        QStringLiteral("Yara"),   QStringLiteral("Fatima"),  QStringLiteral("Mohamed"), QStringLiteral("Ayoub"),
        QStringLiteral("Priya"),  QStringLiteral("Kevin"),   QStringLiteral("Chantal"), QStringLiteral("Sevda"),
    };
    return names;
}

const QStringList &surnames()
{
    static const QStringList names{
        QStringLiteral("de Jong"),       QStringLiteral("Jansen"),         QStringLiteral("de Vries"),
        QStringLiteral("van den Berg"),  QStringLiteral("van Dijk"),       QStringLiteral("Bakker"),
        QStringLiteral("Janssen"),       QStringLiteral("Visser"),         QStringLiteral("Smit"),
        QStringLiteral("Meijer"),        QStringLiteral("de Boer"),        QStringLiteral("Mulder"),
        QStringLiteral("de Groot"),      QStringLiteral("Bos"),            QStringLiteral("Vos"),
        QStringLiteral("Peters"),        QStringLiteral("Hendriks"),       QStringLiteral("van Leeuwen"),
        QStringLiteral("Dekker"),        QStringLiteral("Brouwer"),        QStringLiteral("de Wit"),
        QStringLiteral("Dijkstra"),      QStringLiteral("Smits"),          QStringLiteral("de Graaf"),
        QStringLiteral("van der Meer"),  QStringLiteral("van der Linden"), QStringLiteral("Kok"),
        QStringLiteral("Jacobs"),        QStringLiteral("de Haan"),        QStringLiteral("Vermeulen"),
        QStringLiteral("van den Heuvel"), QStringLiteral("van der Veen"),  QStringLiteral("van den Broek"),
        QStringLiteral("de Bruijn"),     QStringLiteral("Willems"),        QStringLiteral("Hoekstra"),
        QStringLiteral("Koster"),        QStringLiteral("Prins"),          QStringLiteral("Blom"),
        QStringLiteral("Huisman"),       QStringLiteral("Kuipers"),        QStringLiteral("van Wijk"),
        QStringLiteral("Postma"),        QStringLiteral("Schouten"),       QStringLiteral("Veenstra"),
        QStringLiteral("Kramer"),        QStringLiteral("van der Heijden"), QStringLiteral("Maas"),
        QStringLiteral("Verbeek"),       QStringLiteral("Bosman"),         QStringLiteral("El Amrani"),
        QStringLiteral("Yilmaz"),        QStringLiteral("Nijhuis"),        QStringLiteral("Timmermans"),
        QStringLiteral("van Beek"),      QStringLiteral("Wolters"),        QStringLiteral("Zwart"),
        QStringLiteral("Groen"),         QStringLiteral("Kaya"),           QStringLiteral("Bouma"),
    };
    return names;
}

const QList<ProvinceInfo> &provinces()
{
    static const QList<ProvinceInfo> all{
        {QStringLiteral("Groningen"), {QStringLiteral("Groningen"), QStringLiteral("Delfzijl"), QStringLiteral("Veendam")}},
        {QStringLiteral("Friesland"), {QStringLiteral("Leeuwarden"), QStringLiteral("Sneek"), QStringLiteral("Heerenveen")}},
        {QStringLiteral("Drenthe"), {QStringLiteral("Assen"), QStringLiteral("Emmen"), QStringLiteral("Meppel")}},
        {QStringLiteral("Overijssel"), {QStringLiteral("Zwolle"), QStringLiteral("Enschede"), QStringLiteral("Deventer")}},
        {QStringLiteral("Flevoland"), {QStringLiteral("Almere"), QStringLiteral("Lelystad"), QStringLiteral("Dronten")}},
        {QStringLiteral("Gelderland"), {QStringLiteral("Arnhem"), QStringLiteral("Nijmegen"), QStringLiteral("Apeldoorn")}},
        {QStringLiteral("Utrecht"), {QStringLiteral("Utrecht"), QStringLiteral("Amersfoort"), QStringLiteral("Zeist")}},
        {QStringLiteral("Noord-Holland"), {QStringLiteral("Haarlem"), QStringLiteral("Amsterdam"), QStringLiteral("Alkmaar")}},
        {QStringLiteral("Zuid-Holland"), {QStringLiteral("Den Haag"), QStringLiteral("Rotterdam"), QStringLiteral("Leiden")}},
        {QStringLiteral("Zeeland"), {QStringLiteral("Middelburg"), QStringLiteral("Vlissingen"), QStringLiteral("Goes")}},
        {QStringLiteral("Noord-Brabant"), {QStringLiteral("Den Bosch"), QStringLiteral("Eindhoven"), QStringLiteral("Tilburg")}},
        {QStringLiteral("Limburg"), {QStringLiteral("Maastricht"), QStringLiteral("Venlo"), QStringLiteral("Heerlen")}},
    };
    return all;
}

const QList<DepartmentInfo> &departments()
{
    static const QList<DepartmentInfo> all{
        {QStringLiteral("Bestuur en Directie"), QStringLiteral("Overleg en besluiten van directie en bestuursondersteuning."),
         {QStringLiteral("Directeur"), QStringLiteral("Bestuursadviseur"), QStringLiteral("Managementassistent"),
          QStringLiteral("Secretaris")},
         {QStringLiteral("bestuursadvies"), QStringLiteral("strategie"), QStringLiteral("governance"),
          QStringLiteral("agendabeheer")}},
        {QStringLiteral("Burgerzaken"), QStringLiteral("Paspoorten, verhuizingen, geboorten en alles aan de balie."),
         {QStringLiteral("Medewerker Burgerzaken"), QStringLiteral("Baliemedewerker"),
          QStringLiteral("Teamleider Burgerzaken")},
         {QStringLiteral("BRP"), QStringLiteral("reisdocumenten"), QStringLiteral("klantcontact"),
          QStringLiteral("naturalisatie")}},
        {QStringLiteral("Communicatie"), QStringLiteral("Nieuws, campagnes, pers en de kanalen van de organisatie."),
         {QStringLiteral("Communicatieadviseur"), QStringLiteral("Woordvoerder"), QStringLiteral("Online redacteur"),
          QStringLiteral("Community manager")},
         {QStringLiteral("webredactie"), QStringLiteral("persvoorlichting"), QStringLiteral("sociale media"),
          QStringLiteral("crisiscommunicatie"), QStringLiteral("toegankelijk schrijven")}},
        {QStringLiteral("Financiën"), QStringLiteral("Begroting, jaarrekening en betalingen."),
         {QStringLiteral("Controller"), QStringLiteral("Financieel adviseur"), QStringLiteral("Medewerker crediteuren")},
         {QStringLiteral("begroting"), QStringLiteral("subsidies"), QStringLiteral("inkoop"),
          QStringLiteral("Excel")}},
        {QStringLiteral("HR"), QStringLiteral("Werving, ontwikkeling en alles rond je contract."),
         {QStringLiteral("HR-adviseur"), QStringLiteral("Recruiter"), QStringLiteral("Salarisadministrateur")},
         {QStringLiteral("arbeidsrecht"), QStringLiteral("werving en selectie"), QStringLiteral("verzuim"),
          QStringLiteral("opleidingen")}},
        {QStringLiteral("ICT"), QStringLiteral("Werkplekken, applicaties, netwerk en informatiebeveiliging."),
         {QStringLiteral("Applicatiebeheerder"), QStringLiteral("Netwerkbeheerder"), QStringLiteral("Informatieadviseur"),
          QStringLiteral("Servicedeskmedewerker"), QStringLiteral("Developer")},
         {QStringLiteral("informatiebeveiliging"), QStringLiteral("Linux"), QStringLiteral("privacy (AVG)"),
          QStringLiteral("netwerken"), QStringLiteral("Qt"), QStringLiteral("databases")}},
        {QStringLiteral("Ruimte en Wonen"), QStringLiteral("Omgevingsvisie, vergunningen en woningbouw."),
         {QStringLiteral("Vergunningverlener"), QStringLiteral("Projectleider woningbouw"), QStringLiteral("Uitvoerder"),
          QStringLiteral("Beleidsmedewerker ruimte")},
         {QStringLiteral("Omgevingswet"), QStringLiteral("bestemmingsplannen"), QStringLiteral("GIS"),
          QStringLiteral("bouwtoezicht")}},
        {QStringLiteral("Sociaal Domein"), QStringLiteral("Werk en inkomen, jeugd, Wmo en de wijkteams."),
         {QStringLiteral("Wijkcoach"), QStringLiteral("Consulent Werk en Inkomen"), QStringLiteral("Jeugdconsulent"),
          QStringLiteral("Beleidsadviseur zorg")},
         {QStringLiteral("Wmo"), QStringLiteral("jeugdzorg"), QStringLiteral("schuldhulpverlening"),
          QStringLiteral("participatie")}},
    };
    return all;
}

const QList<TopicGroupInfo> &themes()
{
    static const QList<TopicGroupInfo> all{
        {QStringLiteral("Zorg"), QStringLiteral("Voor iedereen die werkt aan goede zorg en ondersteuning dichtbij."),
         {QStringLiteral("Mooi verhaal uit de wijk in {place}: dankzij de buurtzorg kan mevrouw weer zelfstandig wonen."),
          QStringLiteral("{weekday} om {time} praten we over de nieuwe Wmo-aanpak. Iedereen is welkom, aanmelden hoeft niet."),
          QStringLiteral("Wie heeft er ervaring met mantelzorgondersteuning? We zoeken goede voorbeelden voor ons beleid."),
          QStringLiteral("De wachtlijsten in de jeugdzorg lopen op. Hoe gaan jullie daar in je eigen team mee om?")}},
        {QStringLiteral("Klimaat en milieu"), QStringLiteral("Duurzaamheid, energie en een groene werkplek."),
         {QStringLiteral("Vanaf {weekday} staan er deelfietsen bij het kantoor in {place}. Laat de auto eens staan!"),
          QStringLiteral("Interessante webinar over warmtenetten {weekday} om {time}. Kijkt er iemand mee?"),
          QStringLiteral("Tip: op het dak in {place} liggen nu {number} zonnepanelen. Mooi om te zien hoeveel ze opleveren."),
          QStringLiteral("Wie doet er mee aan de plasticvrije maand? We delen hier onze tips.")}},
        {QStringLiteral("Onderwijs"), QStringLiteral("Leren, stages en de samenwerking met scholen."),
         {QStringLiteral("We zoeken nog {number} stageplekken voor mbo-studenten. Wie kan een student begeleiden?"),
          QStringLiteral("Gastles gegeven op een basisschool in {place}. De kinderen hadden geweldige vragen!"),
          QStringLiteral("{weekday} start de leergang projectmatig werken. Er zijn nog een paar plekken vrij."),
          QStringLiteral("Wie kent een goede e-learning over toegankelijk schrijven?")}},
        {QStringLiteral("Mobiliteit"), QStringLiteral("Bereikbaarheid, fietsbeleid, OV en slimme logistiek."),
         {QStringLiteral("Let op: werkzaamheden rond {place} deze week, reken op vertraging in de ochtendspits."),
          QStringLiteral("Het nieuwe fietsparkeerplan voor {place} ligt ter inzage. Reacties zijn welkom."),
          QStringLiteral("Wie reist er met het OV naar het overleg in {place}? Samen reizen is gezelliger."),
          QStringLiteral("Goed nieuws: de busverbinding naar het kantoor in {place} rijdt vanaf {weekday} vaker.")}},
        {QStringLiteral("Digitalisering"), QStringLiteral("Slimmer werken met data, nieuwe tools en digitale dienstverlening."),
         {QStringLiteral("De nieuwe zaaksysteemversie gaat {weekday} live. Merk je iets vreemds? Meld het hier."),
          QStringLiteral("Kennissessie over {expertise} {weekday} om {time}. Neem je laptop mee!"),
          QStringLiteral("Wie wil meedenken over de nieuwe digitale balie? We zoeken {number} testers."),
          QStringLiteral("Handig: je kunt nu ook vanaf je telefoon je uren schrijven.")}},
        {QStringLiteral("Vertrouwenspersonen"), QStringLiteral("Besloten overleg van de vertrouwenspersonen."),
         {QStringLiteral("Intervisie {weekday} om {time}, zoals altijd in kamer {room}."),
          QStringLiteral("Het jaarverslag van de vertrouwenspersonen is klaar voor een laatste leesronde."),
          QStringLiteral("Nieuwe training over omgaan met ongewenst gedrag in {month}. Wie gaat er mee?")}},
    };
    return all;
}

const QList<TopicGroupInfo> &clubs()
{
    static const QList<TopicGroupInfo> all{
        {QStringLiteral("Kookclub"), QStringLiteral("Recepten, kooktips en af en toe samen eten."),
         {QStringLiteral("Vanavond maak ik stamppot boerenkool met rookworst. Iemand een goede vegetarische variant?"),
          QStringLiteral("Recept van de week: pompoensoep met gember. Makkelijk en snel!"),
          QStringLiteral("{weekday} koken we samen in {place}. Er zijn nog {number} plekken vrij."),
          QStringLiteral("Wie heeft er nog een goed recept voor appeltaart zoals oma hem maakte?")}},
        {QStringLiteral("Fietsclub"), QStringLiteral("Samen fietsen: van rondje rond de kerk tot de Veluwe."),
         {QStringLiteral("Zaterdag fietsen we een rondje van {number} km vanaf {place}. Vertrek om {time}."),
          QStringLiteral("Wie heeft er zin in een toertocht door de polder {weekday} na werktijd?"),
          QStringLiteral("Lekke band onderweg? {person} heeft een handige reparatieset aangeraden, zie hieronder."),
          QStringLiteral("Foto's van de tocht van afgelopen weekend staan online. Wat een wind!")}},
        {QStringLiteral("Boekenclub"), QStringLiteral("Eens per maand een boek, een avond en goede gesprekken."),
         {QStringLiteral("Deze maand lezen we 'De avond is ongemak'. We bespreken het {weekday} in de kantine."),
          QStringLiteral("Suggesties voor het volgende boek? Zet ze hieronder, dan stemmen we {weekday}."),
          QStringLiteral("Wie heeft 'Het diner' nog liggen? Ik wil het graag lenen.")}},
        {QStringLiteral("Hardloopclub"), QStringLiteral("Rondjes in de lunchpauze en samen naar de loop van het jaar."),
         {QStringLiteral("Wie loopt er mee met de Singelloop? We trainen elke {weekday} om {time}."),
          QStringLiteral("Lunchrondje van 5 km {weekday}, verzamelen bij de hoofdingang."),
          QStringLiteral("Persoonlijk record gelopen in {place}! Dank voor de aanmoediging.")}},
        {QStringLiteral("Fotografieclub"), QStringLiteral("Delen, leren en samen op pad met de camera."),
         {QStringLiteral("Thema van deze maand: reflecties. Deel je mooiste foto hieronder!"),
          QStringLiteral("Fotowandeling door {place} {weekday} om {time}. Iedereen met een camera of telefoon is welkom."),
          QStringLiteral("Wie kan mij helpen met de instellingen voor nachtfotografie?")}},
        {QStringLiteral("Bordspellenclub"), QStringLiteral("Elke maand een spellenavond, beginners welkom."),
         {QStringLiteral("{weekday} spelen we Catan en Ticket to Ride. Nieuwe spelers zijn van harte welkom."),
          QStringLiteral("Wie neemt er een spel mee voor de spellenavond in {month}?"),
          QStringLiteral("Gisteren {number} uur lang Terraforming Mars gespeeld. Revanche volgende week!")}},
    };
    return all;
}

const ProvinceInfo *province(const QString &name)
{
    for (const ProvinceInfo &p : provinces())
        if (p.name == name) return &p;
    return nullptr;
}

const DepartmentInfo *department(const QString &name)
{
    for (const DepartmentInfo &d : departments())
        if (d.name == name) return &d;
    return nullptr;
}

const TopicGroupInfo *topicGroup(const QString &name)
{
    for (const QList<TopicGroupInfo> *list : {&themes(), &clubs()})
        for (const TopicGroupInfo &t : *list)
            if (t.name == name) return &t;
    return nullptr;
}

const QStringList &provincePosts()
{
    static const QStringList all{
        QStringLiteral("Wie rijdt er {weekday} mee vanuit {place}? Ik vertrek rond {time} en heb nog twee plekken vrij."),
        QStringLiteral("Mooi nieuws uit {place}: het nieuwe wijkcentrum is open. Volgende week is er een open dag."),
        QStringLiteral("Gezellige borrel gehad in {place}! Dank aan iedereen die er was. Volgende keer weer?"),
        QStringLiteral("Vanaf {weekday} werk ik vanuit het kantoor in {place}. Kom gerust langs voor koffie."),
        QStringLiteral("Weet iemand een goede lunchplek in de buurt van het station in {place}?"),
        QStringLiteral("De parkeergarage in {place} is {weekday} dicht. Kom op de fiets of met het OV."),
        QStringLiteral("Wandelclubje in {place}: elke {weekday} om {time} een rondje van een half uur. Wie sluit aan?"),
        QStringLiteral("Op zoek naar een kamer in {place} voor een nieuwe collega. Tips zijn welkom!"),
    };
    return all;
}

const QStringList &departmentPosts()
{
    static const QStringList all{
        QStringLiteral("Herinnering: het teamoverleg van {weekday} begint om {time} in kamer {room}."),
        QStringLiteral("Welkom aan {person}, onze nieuwe collega bij {group}! Zeg gerust even hallo."),
        QStringLiteral("Wie heeft er ervaring met {expertise}? We zoeken iemand die kan meedenken over een nieuw project."),
        QStringLiteral("Dank aan {person} voor de snelle hulp vandaag, top geregeld!"),
        QStringLiteral("Kort verzoek: vul voor {weekday} je vakantieplanning in, dan kunnen we de bezetting rond krijgen."),
        QStringLiteral("De cijfers van dit kwartaal staan op de gedeelde schijf. Vragen? Stel ze hieronder."),
        QStringLiteral("Heidag van {group} in {month}: ideeën voor een locatie in de buurt van {place}?"),
        QStringLiteral("Vanaf volgende week werken we met een nieuwe planning. {person} licht het {weekday} toe."),
        QStringLiteral("Taart in de keuken! {person} viert vandaag {number} jaar bij {group}."),
    };
    return all;
}

const QStringList &everyonePosts()
{
    static const QStringList all{
        QStringLiteral("Let op: Plein is {weekday} tussen 18:00 en 20:00 niet bereikbaar vanwege onderhoud."),
        QStringLiteral("Save the date: de personeelsdag is dit jaar in {month} in {place}. Meer informatie volgt."),
        QStringLiteral("Nieuw op Plein: voeg je expertise toe aan je profiel, zodat collega's je beter vinden."),
        QStringLiteral("De griepprik wordt {weekday} gegeven op de locatie in {place}. Aanmelden via HR."),
        QStringLiteral("Denk aan het medewerkersonderzoek: nog {number} dagen om je mening te geven!"),
        QStringLiteral("Welkom aan alle nieuwe collega's die deze maand zijn begonnen!"),
        QStringLiteral("De kerstpakketten liggen vanaf {weekday} klaar bij de receptie in {place}."),
        QStringLiteral("Vanaf {month} werken we met een nieuw declaratieformulier. Kijk op Plein voor de uitleg."),
    };
    return all;
}

const QStringList &chatOpeners()
{
    static const QStringList all{
        QStringLiteral("Hoi! Heb je even tijd om naar het overleg van {weekday} te kijken?"),
        QStringLiteral("Goedemorgen, weet jij wie er {weekday} de vergadering in {room} voorzit?"),
        QStringLiteral("Hé, ben jij ook bij de training van {weekday}?"),
        QStringLiteral("Hoi, ik zag je bericht over {expertise}. Kunnen we daar even over bellen?"),
        QStringLiteral("Zullen we {weekday} om {time} samen lunchen?"),
        QStringLiteral("Heb jij de stukken voor het teamoverleg al ontvangen?"),
        QStringLiteral("Hoi, {person} vroeg of jij de planning voor {month} hebt."),
        QStringLiteral("Kun je me helpen met een vraag over {expertise}?"),
    };
    return all;
}

const QStringList &chatLines()
{
    static const QStringList all{
        QStringLiteral("Ja hoor, prima."),
        QStringLiteral("Goed idee, doen we."),
        QStringLiteral("Ik kijk er vanmiddag naar."),
        QStringLiteral("Dank je wel!"),
        QStringLiteral("Komt goed 👍"),
        QStringLiteral("Helaas, {weekday} lukt mij niet. Kan het ook een dag later?"),
        QStringLiteral("Ik heb het net doorgestuurd."),
        QStringLiteral("Zal ik {person} ook uitnodigen?"),
        QStringLiteral("Om {time} in {room}?"),
        QStringLiteral("Top, tot dan!"),
        QStringLiteral("Even kijken, ik laat het je zo weten."),
        QStringLiteral("Haha, herkenbaar 😄"),
        QStringLiteral("Ik zit nu in een overleg, ik bel je straks terug."),
        QStringLiteral("Staat in de gedeelde map."),
        QStringLiteral("Prima, dan zet ik het in de agenda."),
        QStringLiteral("Goed dat je het zegt, dat was ik vergeten."),
    };
    return all;
}

const QStringList &comments()
{
    static const QStringList all{
        QStringLiteral("Goed idee!"),
        QStringLiteral("Dank voor het delen."),
        QStringLiteral("Ik ben erbij!"),
        QStringLiteral("Top, helemaal mee eens."),
        QStringLiteral("Helaas kan ik die dag niet."),
        QStringLiteral("Waar kan ik me aanmelden?"),
        QStringLiteral("Mooi initiatief 👏"),
        QStringLiteral("Leuk! Ik neem {person} ook mee."),
        QStringLiteral("Is er ook een online optie?"),
        QStringLiteral("Goed om te weten, bedankt."),
        QStringLiteral("Ik heb nog een vraag, ik stuur je een berichtje."),
        QStringLiteral("Hoe laat precies?"),
        QStringLiteral("Klinkt goed!"),
        QStringLiteral("Super, bedankt voor het regelen!"),
        QStringLiteral("Ik kom ook, tot {weekday}!"),
        QStringLiteral("Wat leuk om te lezen 😊"),
    };
    return all;
}

const QStringList &sharedExpertise()
{
    static const QStringList all{
        QStringLiteral("projectmanagement"), QStringLiteral("Engels"),       QStringLiteral("Duits"),
        QStringLiteral("presenteren"),       QStringLiteral("EHBO"),         QStringLiteral("BHV"),
        QStringLiteral("coaching"),          QStringLiteral("Lean"),         QStringLiteral("fotografie"),
        QStringLiteral("data-analyse"),      QStringLiteral("facilitatie"),  QStringLiteral("Power BI"),
    };
    return all;
}

QString compose(const QString &pattern, SeedRandom &random, const QString &groupName, const QStringList &places)
{
    static const QStringList weekdays{QStringLiteral("maandag"), QStringLiteral("dinsdag"), QStringLiteral("woensdag"),
                                      QStringLiteral("donderdag"), QStringLiteral("vrijdag")};
    static const QStringList times{QStringLiteral("08:30"), QStringLiteral("10:00"), QStringLiteral("12:30"),
                                   QStringLiteral("14:00"), QStringLiteral("16:30"), QStringLiteral("19:30")};
    static const QStringList months{QStringLiteral("januari"), QStringLiteral("maart"), QStringLiteral("mei"),
                                    QStringLiteral("juni"), QStringLiteral("september"), QStringLiteral("november")};
    static QStringList allPlaces;
    if (allPlaces.isEmpty())
        for (const ProvinceInfo &p : provinces()) allPlaces += p.places;

    QString text = pattern;
    const auto fill = [&](const QString &key, const QString &value) {
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    };
    fill(QStringLiteral("place"), random.pick(places.isEmpty() ? allPlaces : places));
    fill(QStringLiteral("weekday"), random.pick(weekdays));
    fill(QStringLiteral("time"), random.pick(times));
    fill(QStringLiteral("person"), random.pick(firstNames()));
    fill(QStringLiteral("number"), QString::number(2 + random.below(40)));
    fill(QStringLiteral("month"), random.pick(months));
    fill(QStringLiteral("room"), QStringLiteral("%1.%2").arg(1 + random.below(4)).arg(10 + random.below(30)));
    fill(QStringLiteral("group"), groupName);
    const DepartmentInfo *dept = department(groupName);
    fill(QStringLiteral("expertise"), random.pick(dept ? dept->expertise : sharedExpertise()));
    return text;
}

} // namespace plein::server::seed::content
