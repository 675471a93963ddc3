//! Veiledningen på norsk bokmål, basert på den offisielle veiledningen fra
//! Weixin Pay for utenlandske kort. Knappenavn er slik den engelske
//! WeChat-appen viser dem, fordi WeChat ikke finnes på norsk.

use super::shape::{ChecklistItem, OptionText, Risk, RiskText, SectionText, StepText};
use waika_core::guide::PaymentOption;
use waika_core::guide::{SectionId, StepId};

pub fn section(id: SectionId) -> SectionText {
    match id {
        SectionId::Prepare => SectionText {
            title: "1. Før du starter",
            intro: "Ha dette klart på forhånd. Den som står som eier av kortet, må gjøre alle stegene selv.",
        },
        SectionId::FindEntry => SectionText {
            title: "2. Finn «Add a card»",
            intro: "Åpne lommeboken for fastlands-Kina («Wallet»), og finn stedet der du legger til kort.",
        },
        SectionId::Verify => SectionText {
            title: "3. ID-verifisering og tilkobling av kortet",
            intro: "Seks steg inne i WeChat. Opplysningene du skriver inn, går bare til Weixin Pay – aldri til noen som tar kontakt med deg.",
        },
        SectionId::Passport => SectionText {
            title: "4. Ekstra verifisering for deg som bruker pass",
            intro: "Gjelder bare hvis du registrerte deg med pass. Alle andre kan hoppe rett til del 5, «Slik betaler du».",
        },
        SectionId::Pay => SectionText {
            title: "5. Slik betaler du",
            intro: "Du kan betale på tre måter, og det er tre sikkerhetsregler å huske: Lagre eller send aldri betalingskoden som skjermbilde eller foto. Når du betaler på nett, må du sjekke beløpet og at det står i yuan (RMB). Når du har skannet QR-koden til butikken, viser du siden som bekrefter betalingen, til den som står i kassen.",
        },
    }
}

pub fn step(id: StepId) -> StepText {
    match id {
        StepId::PrepareId => StepText {
            title: "Ha med gyldig legitimasjon som godtas",
            actions: &[
                "Gyldig legitimasjon i ditt eget navn, av en av disse typene: pass; reisetillatelse til fastlands-Kina for innbyggere i Hongkong og Macao eller i Taiwan (Mainland Travel Permit); oppholdstillatelse i fastlands-Kina for innbyggere i Hongkong og Macao eller i Taiwan (Mainland Residence Permit); kinesisk ID-kort for utlendinger med permanent opphold (Foreign Permanent Resident ID Card).",
                "Andre dokumenter, for eksempel nasjonalt ID-kort, førerkort eller oppholdstillatelse for utlendinger (for studenter eller arbeidstakere), godtas ikke. Har du oppholdstillatelse, registrerer du deg med passet.",
            ],
            expect: "Legitimasjonen er gyldig (ikke utløpt) og står i samme navn som kortet.",
            if_not: "Uten ett av disse dokumentene kan du ikke aktivere Weixin Pay med et utenlandsk kort. Se «Før du reiser» for andre måter å betale på.",
        },
        StepId::PrepareCard => StepText {
            title: "Ha et kort i eget navn fra et kortselskap som godtas (Visa, Mastercard …)",
            actions: &[
                "Et gyldig internasjonalt bankkort i ditt eget navn: Visa, Mastercard, Diners Club International, Discover eller JCB. Senere kunngjøringer legger til American Express og, fra 6. november 2024, UnionPay-kort utstedt utenfor fastlands-Kina.",
                "Sjekk i nettbanken eller bankappen at kortet ikke er sperret for bruk i Asia og kan brukes på nett.",
            ],
            expect: "Kortet er aktivt, ikke utløpt og åpnet for bruk i utlandet.",
            if_not: "Be banken om å åpne kortet for bruk i utlandet, eller ta med et kort fra et annet kortselskap.",
        },
        StepId::PreparePhone => StepText {
            title: "Ha et telefonnummer som kan motta SMS",
            actions: &[
                "Du trenger et telefonnummer som virker, for å få engangskoden (SMS-koden). Et norsk eller annet utenlandsk nummer går fint så lenge roaming er slått på.",
                "Bruker du WeChat allerede, sjekk hvilket nummer kontoen din er knyttet til. Hvis ikke, registrerer du deg med dette nummeret i neste trinn.",
            ],
            expect: "Du ser nummeret du bruker nå, og du kan motta SMS på det der du er.",
            if_not: "Slå på roaming, eller bytt nummeret i WeChat til et som kan motta SMS.",
        },
        StepId::PrepareApp => StepText {
            title: "Installer nyeste versjon av WeChat og logg inn",
            actions: &[
                "Last ned WeChat fra appbutikken på telefonen eller fra det offisielle nettstedet, oppdater til nyeste versjon, og registrer deg eller logg inn med din egen konto.",
                "Versjonsnumrene er ulike fra butikk til butikk. Veiledningen oppga minst {android} på Android, {ios} på iOS og {google_play} på Google Play. Nyere versjoner går også fint.",
            ],
            expect: "Versjonen som vises, er den nyeste appbutikken din har.",
            if_not: "Oppdater WeChat i appbutikken, og åpne appen på nytt.",
        },
        StepId::OpenWallet => StepText {
            title: "Åpne «Wallet» og trykk på «Add a card»",
            actions: &[
                "Åpne «Wallet», deretter «Cards» og så «Add a card».",
                "Se på valutategnet i «Wallet». Står det ¥ (eller en oppfordring om å verifisere deg), er du i lommeboken for fastlands-Kina, og det er den du trenger.",
            ],
            expect: "«Add a card» åpnes, og lommeboken viser ¥.",
            if_not: "Viser «Wallet» HK$ eller RM, må du bytte region for lommeboken (neste steg). Finner du ikke «Services» eller «Wallet» i det hele tatt, bruker du en av de to måtene som kommer etter det.",
        },
        StepId::WalletRegion => StepText {
            title: "Bytt region for lommeboken til fastlands-Kina",
            actions: &[
                "Noen brukere havner først i WeChat Pay HK eller WeChat Pay MY. For å bruke utenlandske kort i Weixin Pay må du være i lommeboken for fastlands-Kina.",
                "Gå til «Services», trykk på «···» øverst til høyre, og velg «Select Wallet Region» og deretter «China Mainland».",
            ],
            expect: "Wallet viser nå tegnet ¥.",
            if_not: "Finnes det ikke noe valg for å bytte, aktiverer du Weixin Pay på en av måtene i de to neste stegene.",
        },
        StepId::EnableByScan => StepText {
            title: "Mangler «Add a card»? Aktiver ved å skanne",
            actions: &[
                "Trykk på + øverst til høyre, deretter Scan, og skann QR-koden til Weixin Pay som er trykt i den offisielle veiledningen.",
                "Følg den offisielle Weixin Pay-kontoen. Du får en svarmelding: trykk på Activate Weixin Pay, les brukeravtalen (User Service Agreement) og personvernerklæringen (Privacy Policy), og trykk på Agree.",
            ],
            expect: "ID-verifiseringen starter (del 3).",
            if_not: "Prøv den andre måten: aktiver Weixin Pay i Settings.",
        },
        StepId::EnableInSettings => StepText {
            title: "Mangler «Add a card»? Aktiver i «Settings»",
            actions: &["Slå på Weixin Pay i innstillingene («Settings»), og gå så tilbake til «Wallet»."],
            expect: "«Services» og «Wallet» dukker opp under «Me».",
            if_not: "Oppdater WeChat til nyeste versjon og prøv igjen, eller ring kundeservice: 95017 i fastlands-Kina, +86 571 95017 fra andre steder.",
        },
        StepId::StartVerification => StepText {
            title: "Start ID-verifiseringen",
            actions: &["På siden «Add a card» trykker du på «Verify» for å starte ID-verifiseringen (real-name authentication), og så godtar du tjenesteavtalen."],
            expect: "Du får opp et skjema der du skal fylle inn opplysninger om deg selv.",
            if_not: "Sjekk at du er i lommeboken for fastlands-Kina (¥), og at WeChat er oppdatert.",
        },
        StepId::IdentityDetails => StepText {
            title: "Fyll inn opplysningene om deg selv",
            actions: &[
                "Velg type legitimasjon under ID type, og skriv inn navn, statsborgerskap, dokumentnummer og utløpsdato.",
                "Alt må stemme nøyaktig med legitimasjonen: stavemåten, rekkefølgen på navnene og datoene.",
            ],
            expect: "Neste side spør etter kortet ditt.",
            if_not: "Sammenlign hvert felt med dokumentet, og rett opp det som ikke stemmer.",
        },
        StepId::CardDetails => StepText {
            title: "Fyll inn kortnummer og korttype",
            actions: &["Skriv inn kortnummeret, og velg kortselskap (Visa, Mastercard og så videre) under Card type."],
            expect: "Kortet blir godtatt, og på neste side skal du bekrefte telefonnummeret ditt.",
            if_not: "Blir kortet avvist, se feilsøkingen: «Kortet kan ikke legges til: ugyldig eller avvist».",
        },
        StepId::PhoneCode => StepText {
            title: "Bekreft telefonnummeret",
            actions: &[
                "Velg riktig landskode (den står på +86 fra starten av, så bytt den hvis nummeret ditt er utenlandsk), og skriv inn nummeret.",
                "Trykk på Get Code, og skriv inn koden du får på SMS.",
            ],
            expect: "Get Code-knappen begynner å telle ned, og det kommer en SMS.",
            if_not: "Se feilsøkingen: «Får ikke SMS-koden».",
        },
        StepId::PaymentPassword => StepText {
            title: "Velg betalingspassord",
            actions: &[
                "Velg et sekssifret betalingspassord for Weixin Pay, og skriv det inn en gang til for å bekrefte.",
                "Dette er ikke PIN-koden til kortet. Weixin Pay ber om dette passordet hver gang du betaler.",
            ],
            expect: "Passordet blir godtatt.",
            if_not: "Er de to passordene ikke like, begynner du på nytt med passordet.",
        },
        StepId::CardCheck => StepText {
            title: "Verifisering av kortet",
            actions: &["Weixin Pay sjekker kortet mot banken din. Bekreft hvis bankappen eller en SMS ber deg om det."],
            expect: "Kortet dukker opp under Cards. Har du registrert deg med pass, går du videre til del 4. Alle andre går rett til del 5.",
            if_not: "Avviser banken kortet, se feilsøkingen: «Kortet kan ikke legges til: ugyldig eller avvist».",
        },
        StepId::PassportMessage => StepText {
            title: "Åpne tjenestemeldingen",
            actions: &["Finn varselet i «Service Messages» som ber deg laste opp personaliasiden i passet (siden med bildet ditt), og trykk på «Upload»."],
            expect: "En side forklarer hvordan verifiseringen foregår.",
            if_not: "Det kan ta litt tid før meldingen kommer. Søk etter Service Messages i WeChat, eller sjekk igjen senere.",
        },
        StepId::PassportConsent => StepText {
            title: "Bekreft opplastingen",
            actions: &["Kinesisk lov krever at brukere med pass laster opp bilde av legitimasjonen og gjennomfører ansiktsverifisering. Trykk på Upload for å gå videre."],
            expect: "WeChat ber om et bilde av personaliasiden i passet.",
            if_not: "Gå tilbake til Service Messages, og åpne varselet på nytt.",
        },
        StepId::PassportPhoto => StepText {
            title: "Last opp et bilde av personaliasiden i passet",
            actions: &[
                "Ta et nytt bilde, eller velg et fra bildegalleriet.",
                "Hele siden må være med, bildet må være skarpt og uten gjenskinn, og ingenting må dekke siden.",
                "Last det bare opp her, i WeChats egen prosess. Send det aldri til noen som ber om det.",
            ],
            expect: "Bildet blir godtatt, og ansiktsverifiseringen starter.",
            if_not: "Legg passet flatt på et bord, og ta bildet på nytt i jevnt lys.",
        },
        StepId::FaceVerification => StepText {
            title: "Gjennomfør ansiktsverifiseringen",
            actions: &["Følg instruksjonene på skjermen, og vent på et varsel med resultatet av kontrollen."],
            expect: "Du får et varsel om at kontrollen er godkjent.",
            if_not: "Trykk på Try again. Mislykkes det gang på gang, trykker du på Other methods og deretter Upload the photo of you holding the passport, og laster opp et bilde av deg selv der du holder opp passet, åpnet på siden med bildet ditt, slik som på eksempelbildet. Trykk til slutt på Done.",
        },
        StepId::PayOnline => StepText {
            title: "Betal på nett",
            actions: &[
                "I en app eller et miniprogram velger du Weixin Pay, sjekker beløpet og at det er i RMB, og bekrefter med betalingspassordet.",
            ],
            expect: "En side som bekrefter at betalingen gikk gjennom.",
            if_not: "Se feilsøkingen under «Betalingen mislyktes».",
        },
        StepId::PayByScanning => StepText {
            title: "Betal ved å skanne QR-koden til butikken",
            actions: &[
                "Trykk på + og så Scan, og skann QR-koden til butikken. Skriv inn beløpet hvis du blir bedt om det, og betal med betalingspassordet.",
                "Vis siden som bekrefter betalingen, til den som står i kassen.",
            ],
            expect: "En side som bekrefter betalingen. Den viser du i kassen.",
            if_not: "Er kortet ditt grått, tar ikke denne butikken imot det. Se feilsøkingen.",
        },
        StepId::PayWithCode => StepText {
            title: "Betal ved å vise fram din egen betalingskode (QR-kode)",
            actions: &[
                "Åpne Money, og vis betalingskoden til den som står i kassen, så skanner de den.",
                "Lagre eller send aldri betalingskoden som skjermbilde eller foto.",
            ],
            expect: "Skanneren i kassen leser koden, og du får opp en side som bekrefter betalingen.",
            if_not: "Spør om du kan skanne QR-koden deres i stedet (se «Vis i kassen»).",
        },
    }
}

/// The buttons to tap for a step. WeChat has no Norwegian: a Norwegian
/// reader's phone shows the English names.
pub fn tap_path(id: StepId) -> &'static [&'static str] {
    super::en::tap_path(id)
}

pub fn payment_option(id: PaymentOption) -> OptionText {
    match id {
        PaymentOption::OwnWallet => OptionText {
            title: "Betalingsappen din hjemmefra, i butikker som tar Weixin Pay",
            summary: "Besøkende kan betale med en betalingsapp hjemmefra i butikker som tar Weixin Pay. Du skanner butikkens kode med appen, eller viser fram appens egen kode. I september 2025 virket 16 slike apper, blant dem K PLUS, Bakong, NAVER Pay og Boost. I februar 2026 var det 29 apper fra 12 land og regioner. PayPal-brukere (først i USA) kan betale fra og med 27. mai 2026. Sjekk i betalingsappen din før du reiser.",
            good: "Ingen kort å koble til og ingen kinesisk lommebok å åpne.",
            bad: "Bare appene som er koblet til Weixin Pay, virker, og det er appen selv som bestemmer hva den tar betalt.",
        },
        PaymentOption::WeChatPayHk => OptionText {
            title: "WeChat Pay HK",
            summary: "Med en WeChat-lommebok fra Hongkong (HK$) kan du betale direkte i hongkongdollar i mange butikker på fastlandet, også i drosjer i Shenzhen og på kollektivtransport i rundt 50 byer.",
            good: "Brukere fra Hongkong slipper å bytte region for lommeboken.",
            bad: "Ikke alle butikker på fastlandet tar den.",
        },
        PaymentOption::InternationalCard => OptionText {
            title: "Det utenlandske kortet ditt i Weixin Pay",
            summary: "Legg til Visa, Mastercard, American Express, JCB, Discover eller Diners Club (og siden 6. november 2024 et UnionPay-kort utstedt i utlandet) slik veiledningen i appen viser.",
            good: "Raskt å sette opp, og fungerer i mange butikker og apper i fastlands-Kina, men ikke alle.",
            bad: "Gebyr på betalinger over {free}, valutapåslag fra banken din, beløpsgrenser, og du kan ikke sende røde konvolutter eller overføringer fra kortet.",
        },
        PaymentOption::TourCard => OptionText {
            title: "UnionPay Tour Card",
            summary: "Et forhåndsbetalt UnionPay-kort for besøkende. Du søker om det i UnionPay-appen, fyller på og kobler det til Weixin Pay.",
            good: "Fungerer når ditt eget kort blir avvist.",
            bad: "Kortet må fylles på før du betaler.",
        },
        PaymentOption::ChineseBankAccount => OptionText {
            title: "Kinesisk bankkonto med UnionPay-kort",
            summary: "Åpne en konto i en bank som ICBC, Bank of China eller China Construction Bank, og koble UnionPay-debetkortet til Weixin Pay.",
            good: "Også overføringer og røde konvolutter: Den offisielle veiledningen nevner et debetkort fra en bank i fastlands-Kina for dem. Betalingene trekkes fra en konto i yuan.",
            bad: "Ifølge en norsk reiseartikkel må du møte opp i banken med pass og visum eller oppholdstillatelse, og det tar tid. Passer best for studenter og lengre opphold.",
        },
        PaymentOption::Metro => OptionText {
            title: "Kontaktløse kort på T-banen",
            summary: "Hold et kontaktløst utenlandsk kort mot porten: T-banen i Beijing (Visa, Mastercard) siden 13. september 2024; alle linjene til Shanghai Metro (Visa, Mastercard, Amex, JCB, UnionPay) siden 28. juni 2025, forutsatt at kontaktløs betaling uten PIN er slått på for kortet; alle stasjonene til Guangzhou Metro (Mastercard, Amex, Visa og JCB; UnionPay fra før) siden 12. oktober 2025.",
            good: "Kollektivtransport helt uten WeChat.",
            bad: "Bare i disse byene og på disse måtene, og bankens valutapåslag kommer i tillegg.",
        },
        PaymentOption::Cash => OptionText {
            title: "Kontanter",
            summary: "Kontanter er alltid lovlig betalingsmiddel. Ha med deg noen hundre yuan.",
            good: "Fungerer overalt, uten app og uten dekning.",
            bad: "Noen butikker er lite vant til kontanter og har kanskje ikke vekslepenger.",
        },
    }
}

pub fn risk(id: Risk) -> RiskText {
    match id {
        Risk::CurrencyMarkup => RiskText {
            title: "Valutapåslag",
            body: "Mange kort har et valutapåslag på betalinger i utenlandsk valuta. Det kommer i tillegg til gebyret fra Weixin Pay, og påslaget beregnes også på gebyret. Sjekk prislisten til banken din før du reiser.",
        },
        Risk::Phishing => RiskText {
            title: "Svindel og phishing",
            body: "Del aldri SMS-koder, betalingspassordet eller kortopplysningene dine, og send aldri bilder av legitimasjonen din. Slå på totrinnsbekreftelse (tofaktorautentisering) i bankappen.",
        },
        Risk::RestrictedFeatures => RiskText {
            title: "Funksjoner du ikke får bruke",
            body: "Med et utenlandsk kort kan du ikke sende røde konvolutter eller overføringer fra kortet, fylle på Balance eller kjøpe finansprodukter.",
        },
        Risk::RulesChange => RiskText {
            title: "Reglene endrer seg",
            body: "Gebyrer, beløpsgrenser og hvilke kort som støttes, har endret seg før og kommer til å gjøre det igjen. Appen viser hvilket regelsett den bruker, og hvilken dato det er fra.",
        },
    }
}

pub fn checklist_item(id: ChecklistItem) -> &'static str {
    match id {
        ChecklistItem::InternationalUse => "Be banken åpne kortet for bruk i utlandet og på nett, og si fra at du skal til Kina.",
        ChecklistItem::KnowMarkup => "Finn ut hvor stort valutapåslag kortet ditt har, og prøv gebyrkalkulatoren.",
        ChecklistItem::UpdateWeChat => "Installer eller oppdater WeChat, og logg inn på din egen konto.",
        ChecklistItem::RoamingSms => "Sjekk at telefonnummeret ditt kan motta SMS i Kina (roaming slått på).",
        ChecklistItem::AddCardEarly => "Legg til kortet i Weixin Pay før du trenger det, og start med et lite beløp første gang du betaler.",
        ChecklistItem::BringId => "Ta med identitetsdokumentet du registrerer deg med i Weixin Pay, for eksempel passet.",
        ChecklistItem::SecondCard => "Ta med et ekstra kort fra et annet kortselskap, i tilfelle det ene blir avvist.",
        ChecklistItem::Cash => "Ha med noen hundre yuan i kontanter i reserve.",
        ChecklistItem::SaveNumbers => "Lagre nummeret til kundeservice hos Weixin Pay: 95017 i fastlands-Kina, +86 571 95017 fra andre steder.",
        ChecklistItem::StudentBank => "Studenter og andre som skal bli lenge: Spør universitetet hvilke banker det samarbeider med, og hvilke dokumenter du trenger for å åpne konto.",
    }
}
