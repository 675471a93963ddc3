//! Kvalifiseringssjekken på norsk bokmål.

use super::shape::{CheckerTexts, Question};
use crate::Plural;
use waika_core::eligibility::QuestionId;
use waika_core::eligibility::{
    AppStore, Availability, BoundCards, CardKind, Feature, Finding, InternationalUse, Outcome,
    PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::IdDocument;

pub const CHECKER: CheckerTexts = CheckerTexts {
    title: "Kan jeg bruke kortet mitt?",
    intro: "Svar på det du vet, så oppdateres konklusjonen for hvert svar. Valgene dine blir værende på enheten din, og ingen av spørsmålene ber om et nummer eller et navn.",
    not_sure: "Vet ikke",
    other: "Annet",
    mastercard: "Mastercard",
    american_express: "American Express",
    diners_club: "Diners Club International",
    unionpay: "UnionPay",
    version_placeholder: "For eksempel 8.0.50",
    version_read_as: "Tolket som {version}.",
    version_unreadable: "«{text}» er ikke et versjonsnummer. Du finner versjonsnummeret under «Me» › «Settings» › «About WeChat», og det ser ut som 8.0.50.",
    verdict_title: "Konklusjon",
    see_verdict: "Se hvorfor",
    incomplete: Plural {
        one: "Ett spørsmål gjenstår. Så langt er det ingenting som tyder på at kortet ikke kan brukes.",
        other: "{count} spørsmål gjenstår. Så langt er det ingenting som tyder på at kortet ikke kan brukes.",
    },
    reasons_title: "Hvorfor",
    fixes_title: "Gjør dette først",
    features_title: "Dette får du",
    features_title_if_solved: "Dette får du når problemet ovenfor er løst",
    features_title_unanswered: "Dette kan et tilkoblet utenlandsk kort brukes til",
    alternatives_title: "Andre måter å betale på",
    rule_ref: "Kilder om {rule}:",
    open_step: "Se steget i veiledningen: {step}",
    share_title: "Del disse svarene",
    share_note: "Lenken inneholder bare valgene ovenfor: ikke navn, nummer eller dato.",
    share_copy: "Kopier lenken",
    share_copied: "Lenken er kopiert.",
    another_card: "Sjekk et annet kort",
    start_over: "Fjern alle svarene",
};

pub fn question(id: QuestionId) -> Question {
    match id {
        QuestionId::Id => Question {
            label: "Hvilket ID-dokument skal du registrere deg med?",
            help: "Weixin Pay godtar seks dokumenter. Nasjonalt ID-kort, førerkort og oppholdstillatelse for utlendinger (for studenter eller arbeidstakere) er ikke blant dem. Bruk passet, eller et annet av de seks dokumentene som står under.",
        },
        QuestionId::Network => Question {
            label: "Hvilket kortselskap står trykt på kortet ditt?",
            help: "Se etter logoen foran eller bak på kortet. Står det både BankAxept og Visa eller Mastercard, velger du Visa eller Mastercard: BankAxept er ikke blant kortselskapene Weixin Pay godtar.",
        },
        QuestionId::Kind => Question {
            label: "Hva slags kort er det?",
            help: "Et kombinert kort (BankAxept sammen med Visa eller Mastercard) regnes som et debetkort. De offisielle reglene sier ikke om forhåndsbetalte eller virtuelle kort virker; det er banken din som bestemmer.",
        },
        QuestionId::Sms => Question {
            label: "Får du SMS på telefonen der du er når du legger til kortet?",
            help: "Weixin Pay sender en SMS-kode. Med et utenlandsk nummer trenger du roaming.",
        },
        QuestionId::Store => Question {
            label: "Hvor har du installert WeChat fra?",
            help: "Hver appbutikk nummererer WeChat-versjonene på sin egen måte.",
        },
        QuestionId::Version => Question {
            label: "Hvilken versjon av WeChat har du? (valgfritt)",
            help: "Du finner den under «Me» › «Settings» › «About WeChat». La feltet stå tomt hvis du ikke vet.",
        },
        QuestionId::Wallet => Question {
            label: "Hvilket valutategn viser Wallet?",
            help: "«Me» › «Services» › «Wallet». ¥ betyr lommeboken for fastlands-Kina.",
        },
        QuestionId::Cards => Question {
            label: "Hvor mange utenlandske kort er allerede koblet til?",
            help: "«Cards» › listen over bankkortene dine i «Wallet».",
        },
        QuestionId::Place => Question {
            label: "Hvor skal du betale?",
            help: "Utenlandske kort i Weixin Pay virker bare i butikker i fastlands-Kina.",
        },
        QuestionId::International => Question {
            label: "Er kortet åpnet for bruk i utlandet og på nett?",
            help: "Bankappen eller kundeservicen i banken din kan svare på det og slå det på.",
        },
    }
}

pub fn id_document(id: IdDocument) -> &'static str {
    match id {
        IdDocument::Passport => "Pass",
        IdDocument::HkMacaoTravelPermit => {
            "Reisetillatelse til fastlands-Kina for innbyggere i Hongkong og Macao"
        }
        IdDocument::TaiwanTravelPermit => {
            "Reisetillatelse til fastlands-Kina for innbyggere i Taiwan"
        }
        IdDocument::HkMacaoResidencePermit => {
            "Oppholdstillatelse i fastlands-Kina for innbyggere i Hongkong og Macao"
        }
        IdDocument::TaiwanResidencePermit => {
            "Oppholdstillatelse i fastlands-Kina for innbyggere i Taiwan"
        }
        IdDocument::ForeignPermanentResidentCard => {
            "Kinesisk ID-kort for utlendinger med permanent opphold"
        }
    }
}

pub fn card_kind(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Credit => "Kredittkort",
        CardKind::Debit => "Debetkort",
        CardKind::Prepaid => "Forhåndsbetalt kort",
        CardKind::Virtual => "Virtuelt kort",
        CardKind::NotSure => "Vet ikke",
    }
}

pub fn sms(answer: SmsAnswer) -> &'static str {
    match answer {
        SmsAnswer::Yes => "Ja",
        SmsAnswer::RoamingOff => "Utenlandsk nummer, roaming er slått av",
        SmsAnswer::No => "Nei",
        SmsAnswer::NotSure => "Vet ikke",
    }
}

pub fn store(store: AppStore) -> &'static str {
    match store {
        AppStore::Android => "Android (kinesisk appbutikk eller nettsted)",
        AppStore::Ios => "iPhone (App Store)",
        AppStore::GooglePlay => "Google Play",
        AppStore::NotSure => "Vet ikke",
    }
}

pub fn wallet(sign: WalletSign) -> &'static str {
    match sign {
        WalletSign::Yuan => "¥",
        WalletSign::HongKongDollar => "HK$",
        WalletSign::Ringgit => "RM",
        WalletSign::Other => "Et annet tegn",
        WalletSign::NoWallet => "Jeg har ikke Wallet ennå",
        WalletSign::NotSure => "Vet ikke",
    }
}

pub fn bound_cards(cards: BoundCards) -> &'static str {
    match cards {
        BoundCards::None => "Ingen",
        BoundCards::One => "Ett",
        BoundCards::Two => "To",
        BoundCards::ThreeOrMore => "Tre eller flere",
    }
}

pub fn place(place: PayPlace) -> &'static str {
    match place {
        PayPlace::MainlandShops => "I butikker i fastlands-Kina",
        PayPlace::Online => "På nett, i apper og miniprogrammer",
        PayPlace::OutsideMainland => "Utenfor fastlands-Kina",
        PayPlace::NotSure => "Vet ikke",
    }
}

pub fn international(answer: InternationalUse) -> &'static str {
    match answer {
        InternationalUse::Enabled => "Ja",
        InternationalUse::Disabled => "Nei",
        InternationalUse::NotSure => "Vet ikke",
    }
}

pub fn finding(finding: Finding) -> &'static str {
    match finding {
        Finding::IdSupported(_) => "{document} godtas.",
        Finding::IdNotSupported => "Dette dokumentet godtas ikke. Registrer deg med passet i stedet, eller med et annet av de seks dokumentene på listen. Nasjonalt ID-kort, førerkort og oppholdstillatelse for utlendinger er ikke blant dem. Ble kontoen din bekreftet med et av dem for flere år siden? Ingen kilde sier om en slik konto kan legge til et utenlandsk kort. Prøv å legge det til, og blir det avvist, spør kundeservice hos Weixin Pay om du kan bekrefte deg på nytt med passet.",
        Finding::IdUnknown => "Sjekk at dokumentet ditt er ett av de seks som godtas.",
        Finding::NetworkSupported(_) => "{network} godtas.",
        Finding::NetworkNotInRuleSet(_) => "{network} godtas ikke etter disse reglene.",
        Finding::UnionPayNotInList => "UnionPay-kort utstedt utenfor fastlands-Kina står ikke på listen over utenlandske kort som godtas.",
        Finding::UnionPayAccepted => "Siden 6. november 2024 kan UnionPay-kort utstedt utenfor fastlands-Kina kobles til.",
        Finding::UnionPayFeesNotPublished => "Det er ikke publisert om gebyret, fritakene og beløpsgrensene gjelder likt for UnionPay-kort.",
        Finding::NetworkNotSupported => "Dette kortselskapet godtas ikke.",
        Finding::NetworkUnknown => "Sjekk hvilket kortselskap logoen på kortet ditt viser.",
        Finding::CardKindFine => "Veiledningen gjelder kreditt- og debetkort.",
        Finding::CardKindUnclear => "Det finnes ingen publisert regel for forhåndsbetalte eller virtuelle kort. Det er opp til banken din om kortet kan kobles til. Prøv, og ha et annet kort klart.",
        Finding::SmsFine => "Du kan motta SMS-koden.",
        Finding::SmsRoamingOff => "Slå på roaming, ellers kommer ikke SMS-koden fram.",
        Finding::SmsNone => "Du trenger et telefonnummer som kan motta SMS: skaff deg et, eller bytt nummeret i WeChat.",
        Finding::SmsUnknown => "Sjekk at nummeret ditt kan motta SMS der du er, for eksempel ved å be noen sende deg en SMS.",
        Finding::AppFine => "WeChat-versjonen din er ny nok.",
        Finding::AppTooOld { .. } => "Veiledningen fra 2023 nevnte versjon {minimum} for denne appbutikken, og din er eldre. Oppdater WeChat først hvis du ikke får lagt til kortet.",
        Finding::AppUnknown => "Det er best å ha en ny versjon av WeChat. Oppdater appen hvis du ikke får lagt til kortet.",
        Finding::AppVersionShort { .. } => "Versjonen du skrev, mangler det siste tallet, og veiledningen fra 2023 nevnte {minimum} for denne appbutikken. Under «Me» › «Settings» › «About WeChat» ser du hele nummeret, for eksempel 8.0.50. Oppdater WeChat hvis du ikke får lagt til kortet.",
        Finding::WalletMainland => "Du bruker lommeboken for fastlands-Kina.",
        Finding::WalletNotOpened => "Åpne «Wallet» slik veiledningen viser, og sjekk at den viser ¥.",
        Finding::WalletHongKong => "Lommeboken din viser HK$. For å koble til dette kortet må du bytte region for lommeboken til fastlands-Kina (¥). Du kan også beholde den og betale i butikker på fastlandet med WeChat Pay HK.",
        Finding::WalletOtherRegion => "Bytt region for lommeboken til fastlands-Kina (¥).",
        Finding::WalletUnknown => "Se på valutategnet i «Wallet»: det må være ¥.",
        Finding::CardsRoom { .. } => "Utenlandske kort du fortsatt kan koble til: {more}.",
        Finding::CardsFull { .. } => "Du har allerede koblet til {max} kort. Koble fra ett før du legger til et nytt.",
        Finding::MerchantsMainland => "Mange butikker i fastlands-Kina tar imot utenlandske kort, men ikke alle.",
        Finding::MerchantsOutsideMainland => "Ingen butikker utenfor fastlands-Kina tar imot utenlandske kort i Weixin Pay.",
        Finding::MerchantsUnknown => "Bare butikker i fastlands-Kina tar imot utenlandske kort; er kortet grått når du skal betale, tar ikke denne butikken imot det.",
        Finding::InternationalEnabled => "Du har svart at kortet er åpnet for bruk i utlandet.",
        Finding::InternationalDisabled => "Be banken din om å åpne kortet for bruk i utlandet og på nett.",
        Finding::InternationalUnknown => "Sjekk med banken din at kortet ikke er sperret for bruk i Asia og kan brukes på nett.",
        Finding::PassportExtraSteps => "Med pass må du også laste opp et bilde av personaliasiden i passet (siden med bildet ditt) og gjennomføre ansiktsverifisering. Begge deler gjør du inne i WeChat, på sidene du åpner fra varselet fra Weixin Pay i «Service Messages». Send aldri bilde av passet til noen som ber om det.",
        Finding::IssuerMayRefuse => "Banken din kan likevel nekte å koble til kortet eller å godkjenne en betaling; spør i så fall banken din.",
    }
}

pub fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::IdDocuments => "ID-dokumenter som godtas",
        Rule::CardNetworks => "kortselskaper som godtas",
        Rule::CardKinds => "korttyper (forhåndsbetalte og virtuelle kort: ingen publisert regel)",
        Rule::SmsCode => "SMS-kode",
        Rule::AppVersion => "WeChat-versjon",
        Rule::MainlandWallet => "lommeboken for fastlands-Kina",
        Rule::MaxBoundCards => "antall kort koblet til samtidig",
        Rule::MainlandMerchants => "bare butikker i fastlands-Kina",
        Rule::IssuerMayRefuse => "bankens avgjørelse",
        Rule::PassportVerification => "ekstra verifisering for pass",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Eligible => "Ja: du kan legge til dette kortet i Weixin Pay.",
        Outcome::NotYet => "Nesten klart: sjekk punktene nedenfor først.",
        Outcome::NotPossible => "Ikke med disse svarene. Se de andre måtene å betale på.",
        Outcome::Incomplete => "Fortsett å svare.",
    }
}

pub fn feature(feature: Feature) -> &'static str {
    match feature {
        Feature::PayMainlandMerchants => "Betale i butikker i fastlands-Kina",
        Feature::ReceiveRedPacketsAndTransfers => {
            "Ta imot røde konvolutter og overføringer til Balance"
        }
        Feature::SendFromBalanceOnly => "Sende røde konvolutter og overføringer, og fylle på",
        Feature::FinancialProducts => "Kjøpe finansprodukter",
        Feature::PayOutsideMainland => "Betale i butikker utenfor fastlands-Kina",
    }
}

pub fn availability(availability: Availability) -> &'static str {
    match availability {
        Availability::Yes => "Ja",
        Availability::No => "Nei",
        Availability::FromBalanceOnly => {
            "Aldri med kortet (røde konvolutter og overføringer bare fra Balance)"
        }
        Availability::NotStated => "Ingen kilde sier noe om dette",
    }
}
