//! The guide in English, following the English column of the official
//! Weixin Pay guide for international cards. Button names in square
//! brackets are as the English WeChat app shows them.

use super::shape::{ChecklistItem, OptionText, Risk, RiskText, SectionText, StepText};
use waika_core::guide::PaymentOption;
use waika_core::guide::{SectionId, StepId};

pub fn section(id: SectionId) -> SectionText {
    match id {
        SectionId::Prepare => SectionText {
            title: "1. Before you begin",
            intro: "Have these ready. The whole process must be done by the card holder in person.",
        },
        SectionId::FindEntry => SectionText {
            title: "2. Find Add a card",
            intro: "Open the Chinese Mainland wallet and find where cards are added.",
        },
        SectionId::Verify => SectionText {
            title: "3. Real-name authentication and adding the card",
            intro: "Six steps inside WeChat. The details you type go to Weixin Pay only, never to anyone who contacts you.",
        },
        SectionId::Passport => SectionText {
            title: "4. Extra verification for passport users",
            intro: "Only if you registered with a passport. Everyone else can skip to 5. Make payments.",
        },
        SectionId::Pay => SectionText {
            title: "5. Make payments",
            intro: "Three ways to pay, and three safety rules: never save or send your payment code as a screenshot or photo; when paying online, check the amount and that it is settled in RMB; after scanning a merchant's QR code, show the payment success page to the cashier.",
        },
    }
}

pub fn step(id: StepId) -> StepText {
    match id {
        StepId::PrepareId => StepText {
            title: "Have a supported ID document",
            actions: &[
                "A valid ID in your own name, one of: a passport; a Mainland Travel Permit for Hong Kong and Macao Residents; a Mainland Travel Permit for Taiwan Residents; a Mainland Residence Permit for Hong Kong and Macao Residents; a Mainland Residence Permit for Taiwan Residents; a Foreign Permanent Resident ID Card.",
                "Other documents, such as a national ID card, a driving licence or a residence permit for foreigners (a student's or a worker's), are not supported: with a residence permit, register with your passport.",
            ],
            expect: "The document is valid (not expired) and in the same name as the card.",
            if_not: "Without one of these documents you cannot activate Weixin Pay with an international card. See Before you go for other ways to pay.",
        },
        StepId::PrepareCard => StepText {
            title: "Have a card of your own on a supported network",
            actions: &[
                "A valid international bank card in your own name: Visa, Mastercard, Diners Club International, Discover or JCB; later notices add American Express and, from 6 November 2024, UnionPay cards issued outside the Chinese Mainland.",
                "In your bank's app, make sure the card may be used abroad and online.",
            ],
            expect: "The card is active, not expired, and open for use abroad.",
            if_not: "Ask your bank to open the card for international use, or bring a card from another network.",
        },
        StepId::PreparePhone => StepText {
            title: "Have a phone number that receives SMS",
            actions: &[
                "You need a working phone number to receive an SMS verification code. A foreign number works if roaming is turned on.",
                "If you already use WeChat, check which number your account uses; if not, you sign up with this number in the next step.",
            ],
            expect: "Your current number is shown, and you can receive an SMS on it where you are.",
            if_not: "Turn on roaming, or change the number in WeChat to one that receives SMS.",
        },
        StepId::PrepareApp => StepText {
            title: "Install the latest WeChat and sign in",
            actions: &[
                "Download WeChat from your phone's app store or the official website, update it to the latest version, and register or sign in with your own account.",
                "Version numbers differ between stores. The guide named at least {android} on Android, {ios} on iOS and {google_play} on Google Play; newer is fine.",
            ],
            expect: "The version shown is the newest your store offers.",
            if_not: "Update WeChat in your app store and open it again.",
        },
        StepId::OpenWallet => StepText {
            title: "Open Wallet and tap Add a card",
            actions: &[
                "Open Wallet, then Cards, then Add a card.",
                "Check the money sign shown in Wallet: ¥ (or a prompt to verify) means the Chinese Mainland wallet, the one you need.",
            ],
            expect: "The Add a card page opens, in a wallet that shows ¥.",
            if_not: "If Wallet shows HK$ or RM, switch the wallet region (next step). If you cannot find Services or Wallet at all, use one of the two ways after it.",
        },
        StepId::WalletRegion => StepText {
            title: "Switch the wallet region to Chinese Mainland",
            actions: &[
                "Some users start in WeChat Pay HK or WeChat Pay MY. International cards in Weixin Pay need the Chinese Mainland wallet.",
                "In Services, tap ··· at the top right, then Select Wallet Region, then China Mainland.",
            ],
            expect: "Wallet now shows the ¥ sign.",
            if_not: "If there is no option to switch, activate Weixin Pay with one of the next two steps.",
        },
        StepId::EnableByScan => StepText {
            title: "If Add a card is missing: activate by scanning",
            actions: &[
                "Tap + at the top right, then Scan, and scan the Weixin Pay QR code printed in the official guide.",
                "Follow the Weixin Pay official account. It replies with a message: tap Activate Weixin Pay, read the User Service Agreement and Privacy Policy, and tap Agree.",
            ],
            expect: "The real-name authentication starts (part 3).",
            if_not: "Try the other way: activate in Settings.",
        },
        StepId::EnableInSettings => StepText {
            title: "If Add a card is missing: activate in Settings",
            actions: &["Turn on Weixin Pay in the settings, then go back to Wallet."],
            expect: "Services and Wallet appear under Me.",
            if_not: "Update WeChat to the latest version and try again, or call customer service: 95017 in the Chinese Mainland, +86 571 95017 from elsewhere.",
        },
        StepId::StartVerification => StepText {
            title: "Start real-name authentication",
            actions: &["On Add a card, tap Verify to start real-name authentication, and agree to the service agreement."],
            expect: "A form asks for your identity information.",
            if_not: "Make sure you are in the Chinese Mainland wallet (¥) and that WeChat is up to date.",
        },
        StepId::IdentityDetails => StepText {
            title: "Fill in your identity information",
            actions: &[
                "Choose your ID type and type your name, nationality, ID number and expiry date.",
                "Everything must match your ID exactly: spelling, order of names, dates.",
            ],
            expect: "The next page asks for your card.",
            if_not: "Compare each field with your document and correct any difference.",
        },
        StepId::CardDetails => StepText {
            title: "Fill in the card number and card type",
            actions: &["Type the card number and choose the card network (Visa, Mastercard and so on)."],
            expect: "The card is accepted and the next page asks to verify your phone.",
            if_not: "If the card is refused, see the troubleshooter: card invalid or declined.",
        },
        StepId::PhoneCode => StepText {
            title: "Verify your phone number",
            actions: &[
                "Choose the right area code (it starts at +86: change it for a foreign number) and type your number.",
                "Tap Get Code and type the code from the SMS.",
            ],
            expect: "The Get Code button counts down and an SMS arrives.",
            if_not: "See the troubleshooter: SMS verification code not received.",
        },
        StepId::PaymentPassword => StepText {
            title: "Set your payment password",
            actions: &[
                "Choose a six-digit Weixin Pay payment password and type it again to confirm.",
                "This is not your card's PIN. Every payment in Weixin Pay asks for this password.",
            ],
            expect: "The password is accepted.",
            if_not: "If the two entries differ, start the password again.",
        },
        StepId::CardCheck => StepText {
            title: "Card verification",
            actions: &["Weixin Pay checks the card with your bank. Confirm if your bank's app or an SMS asks you to."],
            expect: "The card appears under Cards. Passport users continue with part 4; everyone else with part 5.",
            if_not: "If the bank declines, see the troubleshooter: card invalid or declined.",
        },
        StepId::PassportMessage => StepText {
            title: "Open the service message",
            actions: &["Find the notification asking you to upload your passport information page in Service Messages, and tap Upload."],
            expect: "A page explains the verification.",
            if_not: "The message can take a while; search WeChat for Service Messages, or check again later.",
        },
        StepId::PassportConsent => StepText {
            title: "Confirm the upload",
            actions: &["Chinese law requires an ID photo and facial verification for passport users. Tap Upload to continue."],
            expect: "WeChat asks for a photo of your passport's information page.",
            if_not: "Go back to Service Messages and open the notification again.",
        },
        StepId::PassportPhoto => StepText {
            title: "Upload your passport's information page",
            actions: &[
                "Take a new photo or choose one from your album.",
                "Show the whole page, sharp and without glare, with nothing covering it.",
                "Upload it only here, in WeChat's own flow: never send it to anyone who asks.",
            ],
            expect: "The photo is accepted and face verification starts.",
            if_not: "Take the photo again in even light, flat on a table.",
        },
        StepId::FaceVerification => StepText {
            title: "Complete facial verification",
            actions: &["Follow the instructions on screen, then wait for a notification with the result of the review."],
            expect: "A notification says the review passed.",
            if_not: "Tap Try again. If it keeps failing, tap Other methods, then Upload the photo of you holding the passport, and upload a photo of yourself holding the information page, like the sample. Tap Done.",
        },
        StepId::PayOnline => StepText {
            title: "Pay online",
            actions: &[
                "In an app or mini program, choose Weixin Pay, check the amount and that it is in RMB, and confirm with your payment password.",
            ],
            expect: "A payment success page.",
            if_not: "See the troubleshooter: payment failed.",
        },
        StepId::PayByScanning => StepText {
            title: "Pay by scanning the merchant's QR code",
            actions: &[
                "Tap + then Scan and scan the merchant's QR code. Type the amount if asked, pay with your payment password.",
                "Show the payment success page to the cashier.",
            ],
            expect: "A payment success page, which you show at the counter.",
            if_not: "If your card is grey, this merchant does not accept it: see the troubleshooter.",
        },
        StepId::PayWithCode => StepText {
            title: "Pay by showing your payment code",
            actions: &[
                "Open Money and show the payment code to the cashier, who scans it.",
                "Never save or send your payment code as a screenshot or photo.",
            ],
            expect: "The cashier's scanner accepts the code and you see a payment success page.",
            if_not: "Ask whether you may scan their QR code instead (see the cashier card).",
        },
    }
}

/// The buttons to tap for a step, as WeChat names them in this language.
pub fn tap_path(id: StepId) -> &'static [&'static str] {
    match id {
        StepId::PrepareId => &[],
        StepId::PrepareCard => &[],
        StepId::PreparePhone => &["Me", "Settings", "Account Security", "Mobile"],
        StepId::PrepareApp => &["Me", "Settings", "About WeChat"],
        StepId::OpenWallet => &["Me", "Services", "Wallet", "Cards", "Add a card"],
        StepId::WalletRegion => &[
            "Me",
            "Services",
            "···",
            "Select Wallet Region",
            "China Mainland",
        ],
        StepId::EnableByScan => &["+", "Scan", "Activate Weixin Pay", "Agree"],
        StepId::EnableInSettings => &["Me", "Settings", "General", "Tools", "Weixin Pay", "Enable"],
        StepId::StartVerification => &["Add a card", "Verify"],
        StepId::IdentityDetails => &["ID type", "Name", "Nationality", "ID number", "Next"],
        StepId::CardDetails => &["Card number", "Card type", "Next"],
        StepId::PhoneCode => &["Area code", "Mobile number", "Get Code"],
        StepId::PaymentPassword => &["Set Payment Password", "Confirm"],
        StepId::CardCheck => &["Card verification", "Done"],
        StepId::PassportMessage => &["Service Messages", "Upload"],
        StepId::PassportConsent => &["Upload"],
        StepId::PassportPhoto => &["Take Photo", "Upload"],
        StepId::FaceVerification => &["Start", "Done"],
        StepId::PayOnline => &["Weixin Pay", "Pay", "Payment password"],
        StepId::PayByScanning => &["+", "Scan", "Pay", "Payment password"],
        StepId::PayWithCode => &["Me", "Services", "Money"],
    }
}

pub fn payment_option(id: PaymentOption) -> OptionText {
    match id {
        PaymentOption::OwnWallet => OptionText {
            title: "Your own wallet at Weixin Pay merchants",
            summary: "Visitors can pay Weixin Pay merchants with a wallet from home, scanning the merchant's code or showing their own. By September 2025, 16 wallets worked, among them K PLUS, Bakong, NAVER Pay and Boost; by February 2026, 29 wallets from 12 countries and regions. PayPal users (in the US first) can pay from 27 May 2026. Check your own wallet's app before you travel.",
            good: "No card to link and no Chinese wallet to open.",
            bad: "Only the wallets Weixin Pay has connected, and your wallet sets its own fees.",
        },
        PaymentOption::WeChatPayHk => OptionText {
            title: "WeChat Pay HK",
            summary: "A Hong Kong WeChat wallet (HK$) pays many Mainland merchants directly in Hong Kong dollars, also taxis in Shenzhen and transit in about 50 cities.",
            good: "For Hong Kong users, no need to switch the wallet region.",
            bad: "Not every Mainland merchant takes it.",
        },
        PaymentOption::InternationalCard => OptionText {
            title: "Your international card in Weixin Pay",
            summary: "Add your Visa, Mastercard, American Express, JCB, Discover or Diners Club card (and, since 6 November 2024, a UnionPay card issued abroad) as this guide shows.",
            good: "Quick to set up, works at many shops and apps in the Chinese Mainland, though not all.",
            bad: "A fee above {free}, your bank's currency markup, limits, and no sending of red packets or transfers from the card.",
        },
        PaymentOption::TourCard => OptionText {
            title: "UnionPay Tour Card",
            summary: "A prepaid UnionPay card for visitors, applied for in the UnionPay app, topped up and linked in Weixin Pay.",
            good: "Works when your own card is refused.",
            bad: "It must be topped up before you pay.",
        },
        PaymentOption::ChineseBankAccount => OptionText {
            title: "A Chinese bank account with a UnionPay card",
            summary: "Open an account at a bank such as ICBC, Bank of China or China Construction Bank, and link its UnionPay debit card to Weixin Pay.",
            good: "Transfers and red packets too: the official guide names a debit card from a Mainland bank for them. Payments come from an account in yuan.",
            bad: "Opening one takes a visit to the bank with your passport and visa or residence permit, and some time, a Norwegian travel article reports. Best for students and long stays.",
        },
        PaymentOption::Metro => OptionText {
            title: "Contactless cards on the metro",
            summary: "Tap a contactless foreign card at the gate: Beijing subway (Visa, Mastercard) since 13 September 2024; every Shanghai Metro line (Visa, Mastercard, Amex, JCB, UnionPay) since 28 June 2025, with the card's small payments without PIN turned on; every Guangzhou Metro station (Mastercard, Amex, Visa, JCB, and UnionPay already) since 12 October 2025.",
            good: "Transit without WeChat at all.",
            bad: "Only these cities and these ways, and your bank's currency markup applies.",
        },
        PaymentOption::Cash => OptionText {
            title: "Cash",
            summary: "Always legal tender. Carry a few hundred yuan.",
            good: "Works everywhere, with no app or signal.",
            bad: "Some shops rarely handle cash and may not have change.",
        },
    }
}

pub fn risk(id: Risk) -> RiskText {
    match id {
        Risk::CurrencyMarkup => RiskText {
            title: "Currency markup",
            body: "Many cards add a currency markup to foreign payments, on top of Weixin Pay's fee, and it applies to the fee too. Check your bank's fee schedule before you travel.",
        },
        Risk::Phishing => RiskText {
            title: "Fraud and phishing",
            body: "Never share SMS codes, your payment password or card details, and never send photos of your ID. Turn on two-factor security in your bank's app.",
        },
        Risk::RestrictedFeatures => RiskText {
            title: "Features that are restricted",
            body: "With a foreign card you cannot send red packets or transfers from the card, top up Balance or buy financial products.",
        },
        Risk::RulesChange => RiskText {
            title: "Rules change",
            body: "Fees, limits and supported cards have changed before and will again. This app shows which rule set it uses and its date.",
        },
    }
}

pub fn checklist_item(id: ChecklistItem) -> &'static str {
    match id {
        ChecklistItem::InternationalUse => "Ask your bank to open your card for use abroad and online, and tell them you will be in China.",
        ChecklistItem::KnowMarkup => "Look up your card's currency markup, and try the fee calculator.",
        ChecklistItem::UpdateWeChat => "Install or update WeChat and sign in to your own account.",
        ChecklistItem::RoamingSms => "Make sure your phone number receives SMS in China (roaming on).",
        ChecklistItem::AddCardEarly => "Add your card in Weixin Pay before you need it; make your first payment a small one.",
        ChecklistItem::BringId => "Bring the ID document you register with in Weixin Pay, such as your passport.",
        ChecklistItem::SecondCard => "Bring a second card on another network, in case one is refused.",
        ChecklistItem::Cash => "Carry a few hundred yuan in cash as a backup.",
        ChecklistItem::SaveNumbers => "Save Weixin Pay customer service: 95017 in the Chinese Mainland, +86 571 95017 from elsewhere.",
        ChecklistItem::StudentBank => "Students and long stays: ask your university which banks it works with and what documents an account needs.",
    }
}
