//! The claims of "What you may have read" in Norwegian.

use super::shape::{ClaimText, ClaimsTexts, CLAIM_COUNT};

pub static TEXTS: ClaimsTexts = ClaimsTexts {
    title: "Det du kanskje har lest",
    intro: "Disse påstandene dukker opp på andre nettsteder – under hver står hva offisielle kilder og nyhetsmedier sier i stedet, og når.",
    read_label: "Du har kanskje lest",
    instead_label: "Dette sier kildene",
};

pub static CLAIMS: [ClaimText; CLAIM_COUNT] = [
    ClaimText {
        claim: "«Gebyret på 3\u{a0}% gjelder fra 200 yuan»",
        instead: "En betaling på 200 yuan eller mindre er gebyrfri; over 200 yuan er gebyret 3\u{a0}% av hele beløpet, ikke bare av delen over 200 (Tencent, 20. juli 2023). Ifølge Tencent News 28. mai 2026 gjelder dette hele 2026; hva som gjelder etterpå, er ikke publisert.",
    },
    ClaimText {
        claim: "«Grensene er 6\u{a0}000 yuan per betaling og 50\u{a0}000 yuan i måneden»",
        instead: "Det er tallene fra juli 2023. Siden 12. april 2024 kan du etter ID-verifiseringen betale inntil USD\u{a0}5\u{a0}000 per betaling og USD\u{a0}50\u{a0}000 per år (Tencent; sist oppgitt av China Services Info 25. februar 2025), og ingen kilde har publisert noen månedsgrense etter 2023.",
    },
    ClaimText {
        claim: "«Du kan bruke opptil 50\u{a0}000 yuan om dagen»",
        instead: "Grensene som er publisert siden 12. april 2024, gjelder per betaling og per år: etter ID-verifiseringen inntil USD\u{a0}5\u{a0}000 per betaling og USD\u{a0}50\u{a0}000 per år (Tencent, 12. april 2024).",
    },
    ClaimText {
        claim: "«Du må ha et kinesisk +86-nummer»",
        instead: "Du kan registrere deg i WeChat og koble til et kort med et hvilket som helst telefonnummer utenfor +86 (Tencent, 15. april 2024).",
    },
    ClaimText {
        claim: "«WeChat-kontoen må være 30 dager gammel før du kan legge til et kort»",
        instead: "Et kort kan kobles til med bare de grunnleggende kortopplysningene, også under den første betalingen; grensene heves når du senere fullfører ID-verifiseringen (Tencent, 12. april 2024).",
    },
    ClaimText {
        claim: "«UnionPay-kort utstedt utenfor fastlands-Kina kan ikke kobles til WeChat Pay»",
        instead: "Siden 6. november 2024 kan UnionPay-kort utstedt utenfor fastlands-Kina kobles til Weixin Pay (UnionPay International, 6. november 2024; gjentatt av Tencent 16. september 2025).",
    },
    ClaimText {
        claim: "«American Express har bare begrenset støtte»",
        instead: "Tencent oppgir American Express blant kortselskapene som godtas, sammen med Visa, Mastercard, Diners Club, Discover og JCB (Tencent, 12. april 2024; gjentatt 16. september 2025).",
    },
    ClaimText {
        claim: "«Fyll på lommeboken eller send en testoverføring med det utenlandske kortet ditt»",
        instead: "Et utenlandsk kort kan aldri brukes til å sende røde konvolutter («Red Packet») eller overføringer, fylle på «Balance» eller kjøpe finansprodukter (den offisielle veiledningen, juli 2023).",
    },
    ClaimText {
        claim: "«Skaff deg WeChat Pay Tour Pass, en forhåndsbetalt WeChat-saldo for turister»",
        instead: "Tour Pass var et forhåndsbetalt produkt fra Alipay i 2019. Det forhåndsbetalte kortet kildene nevner for Weixin Pay, er UnionPay Tour Card, som du søker om i UnionPay-appen, fyller på og kobler til Weixin Pay (Tencent, 12. april 2024).",
    },
    ClaimText {
        claim: "«PayPal har virket i butikker som tar WeChat Pay, siden 2024»",
        instead: "Det ble kunngjort 27. mai 2026 at PayPal-brukere fra samme dag kan betale ved å skanne Weixin Pay-kodene i butikker, først i USA og deretter trinnvis i flere land (ifølge IT Home, 28. mai 2026).",
    },
];
