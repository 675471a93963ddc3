//! What people typed when they tried the app, per language, and the
//! answer that must come first: the search test's table.

use waika_core::guide::ProblemId;
use waika_texts::Lang;

/// What people type, per language, and the answer that must come first.
pub const QUERIES: &[(Lang, &str, ProblemId)] = {
    use ProblemId::*;
    &[
        // A Malaysian at a dim-sum restaurant, charged or not, and her
        // mother without WeChat; the metro in Guangzhou and Shenzhen.
        (Lang::Zh, "扣了钱但是没付成功", PaidOrNot),
        (Lang::Zh, "付款成功了但是店家说没收到", PaidOrNot),
        (Lang::Zh, "付了两次", PaidOrNot),
        (Lang::En, "charged twice", PaidOrNot),
        (
            Lang::En,
            "I paid but the shop says they didn't get it",
            PaidOrNot,
        ),
        (
            Lang::Nb,
            "pengene er trukket men betalingen feilet",
            PaidOrNot,
        ),
        (Lang::Zh, "地铁", Metro),
        (Lang::Zh, "深圳地铁", Metro),
        (Lang::En, "subway", Metro),
        (Lang::En, "can I use my visa on the metro", Metro),
        (Lang::Nb, "t-bane", Metro),
        (Lang::Zh, "我妈妈没有微信怎么办", CompanionWithoutWeChat),
        (Lang::Zh, "我妈妈 用我的卡 可以吗", CompanionWithoutWeChat),
        (
            Lang::En,
            "my mom doesn't have wechat",
            CompanionWithoutWeChat,
        ),
        (
            Lang::Nb,
            "mannen min har ikke wechat",
            CompanionWithoutWeChat,
        ),
        // A retiree in a shop in Xi'an remembered only red text she could
        // not read; a Malaysian at a stall typed what the screen said.
        (Lang::Nb, "rød tekst", PaymentFailedNoReason),
        (Lang::Nb, "rød skrift", PaymentFailedNoReason),
        (Lang::En, "red text", PaymentFailedNoReason),
        (Lang::Zh, "该商户暂不支持使用外卡支付", VendorPersonalCode),
        (Lang::Zh, "扫码说不支持外卡", VendorPersonalCode),
        // The same Malaysian asked how to write his name, and what his
        // bank's approval app wanted.
        (Lang::Zh, "名字格式怎么填", RealNamePrompt),
        (Lang::Zh, "名字要怎么写", RealNamePrompt),
        (Lang::En, "how do I write my name", RealNamePrompt),
        (Lang::Nb, "hvordan skriver jeg navnet mitt", RealNamePrompt),
        (Lang::Zh, "扫码后卡是灰色", CardGreyAtMerchant),
        // Approving in the bank's app happens when adding the card and
        // when paying: the one that names the payment finds the payment.
        (Lang::En, "Secure2u approve card", CardInvalidOrDeclined),
        (
            Lang::En,
            "bank app asks me to approve the payment",
            PaymentFailedNoReason,
        ),
        (Lang::Zh, "付款要在银行App里批准", PaymentFailedNoReason),
        // The findings of the issue, as typed.
        (Lang::Nb, "blinker rødt", CardInvalidOrDeclined),
        (Lang::Nb, "rødt", CardInvalidOrDeclined),
        (Lang::Nb, "Visa", CardInvalidOrDeclined),
        (Lang::Nb, "kortet støttes ikke", CardInvalidOrDeclined),
        (Lang::Nb, "amerikansk kort", CardInvalidOrDeclined),
        (Lang::En, "Transaction involves risks", RiskControl),
        // A teacher paying her rent to a landlord, and asking how much
        // one payment may be.
        (Lang::En, "pay my landlord", RedPacketsAndTransfers),
        // A student at a canteen reads the message off the till's screen,
        // and asks about rent in his own words.
        (
            Lang::Nb,
            "This card does not support this transaction",
            CardGreyAtMerchant,
        ),
        (
            Lang::Nb,
            "kan jeg betale husleia med wechat",
            RedPacketsAndTransfers,
        ),
        (Lang::En, "rent", RedPacketsAndTransfers),
        // A Nigerian student whose landlord wants WeChat, and whose card
        // was linked but refused at the canteen.
        (
            Lang::En,
            "can i pay rent with wechat",
            RedPacketsAndTransfers,
        ),
        (Lang::En, "wechat pay my rent 2300", RedPacketsAndTransfers),
        (
            Lang::En,
            "my card was added but payment failed",
            PaymentDeclined,
        ),
        (Lang::En, "card added but paymnt failed", PaymentDeclined),
        // And who topped up his phone: phone credit is not a Balance top-up.
        (Lang::En, "top up phone", PhoneCredit),
        (Lang::En, "recharge phone credit", PhoneCredit),
        (Lang::Zh, "怎么充话费", PhoneCredit),
        (Lang::Nb, "fylle på mobilen", PhoneCredit),
        // A card that will not go through at a till: the shop's refusal
        // first, never a password.
        (Lang::En, "card wont go through", PaymentDeclined),
        (Lang::Zh, "扫码失败", PaymentDeclined),
        // A Malaysian's own wallet by its short name.
        (Lang::Zh, "TNG", WalletFromHome),
        (Lang::Nb, "husleie", RedPacketsAndTransfers),
        (Lang::Zh, "交房租", RedPacketsAndTransfers),
        (Lang::En, "how much can I pay", OverLimit),
        (Lang::En, "declined", PaymentDeclined),
        (Lang::En, "vendor", VendorPersonalCode),
        (Lang::En, "street vendor", VendorPersonalCode),
        (Lang::En, "personal QR code", VendorPersonalCode),
        (Lang::En, "card not accepted", VendorPersonalCode),
        (Lang::En, "QR code", VendorPersonalCode),
        (Lang::Zh, "港元", WrongWalletRegion),
        (Lang::Zh, "钱包显示港币", WrongWalletRegion),
        (Lang::Zh, "切换地区", WrongWalletRegion),
        // Whole sentences, other word orders, typos, no accents.
        (Lang::En, "my card blinks red", CardInvalidOrDeclined),
        (Lang::En, "red my card blinks", CardInvalidOrDeclined),
        (Lang::En, "cannot add my US card", CardInvalidOrDeclined),
        (Lang::En, "Transaction declined", PaymentDeclined),
        (Lang::En, "decliend", PaymentDeclined),
        (Lang::En, "SMS", SmsCodeNotReceived),
        (Lang::En, "grey", CardGreyAtMerchant),
        (Lang::En, "HK$", WrongWalletRegion),
        (Lang::En, "red packet", RedPacketsAndTransfers),
        (Lang::En, "unlink", UnlinkCard),
        (Lang::En, "Transaction exceeds the limit", OverLimit),
        (Lang::En, "train ticket", Trains),
        (Lang::En, "power bank deposit", DepositsAndPayScore),
        (Lang::En, "refund", Refunds),
        (Lang::En, "mini program", MiniProgramsAndApps),
        (Lang::En, "sign up WeChat", SignUpWeChat),
        // As people typed them at a till or in a taxi.
        // A message that names no cause is not blamed on the bank (a
        // visitor at a dim sum till was sent to "declined by your bank").
        (
            Lang::En,
            "payment failed try another payment method",
            PaymentFailedNoReason,
        ),
        (Lang::Zh, "支付失败，请更换支付方式", PaymentFailedNoReason),
        // A student at a campus canteen (December 2026): 刷卡 is paying
        // by card, not adding one.
        (Lang::Zh, "食堂刷卡失败", PaymentFailedNoReason),
        (Lang::Zh, "刷卡失败", PaymentFailedNoReason),
        (Lang::En, "canteen payment failed", PaymentFailedNoReason),
        (Lang::Nb, "kantine betaling feilet", PaymentFailedNoReason),
        (Lang::Zh, "支付失败请跟换支付方式", PaymentFailedNoReason),
        (Lang::Zh, "支付失败请更换支付放式", PaymentFailedNoReason),
        (
            Lang::Nb,
            "bruk en annen betalingsmåte",
            PaymentFailedNoReason,
        ),
        // At a restaurant table with a code to scan and order (a mother in
        // Chengdu found nothing for her words).
        (Lang::En, "qr code on table wont let me pay", TableOrder),
        (Lang::En, "qr cod on tabel", TableOrder),
        (Lang::En, "restaurant order scan chinese page", TableOrder),
        (Lang::En, "scan to order", TableOrder),
        (Lang::En, "restaurant", TableOrder),
        (Lang::En, "how do i pay at restaurant", TableOrder),
        (Lang::En, "cant pay resturant", TableOrder),
        (Lang::En, "scan to order asks me to log in", TableOrder),
        (Lang::Zh, "扫码点餐付不了", TableOrder),
        (Lang::Zh, "餐厅桌上的二维码点不了餐", TableOrder),
        (Lang::Nb, "får ikke bestilt med koden på bordet", TableOrder),
        (Lang::Nb, "kan ikke betale på restaurant", TableOrder),
        // Card details typed wrong, and a bill split with relatives.
        (Lang::Zh, "卡号错误", CardInvalidOrDeclined),
        (Lang::Zh, "持卡人姓名不对", CardInvalidOrDeclined),
        (Lang::En, "card number wrong", CardInvalidOrDeclined),
        (Lang::Zh, "吃饭AA怎么付", RedPacketsAndTransfers),
        (
            Lang::En,
            "split the bill with friends",
            RedPacketsAndTransfers,
        ),
        (Lang::En, "didi wont take my card", MiniProgramsAndApps),
        (Lang::En, "taxi app", MiniProgramsAndApps),
        // In a taxi, the driver's personal code comes first.
        (Lang::Nb, "betalingen ble avvist i taxi", VendorPersonalCode),
        (Lang::Nb, "taxi kortet gar ikke", VendorPersonalCode),
        (Lang::Zh, "出租车付不了", VendorPersonalCode),
        // As a visitor from Taiwan typed them, in traditional characters.
        (Lang::Zh, "信用卡刷不過", PaymentDeclined),
        (Lang::Zh, "信用卡被拒", PaymentDeclined),
        (Lang::Zh, "錢包是台幣", WrongWalletRegion),
        (Lang::Zh, "計程車怎麼付", VendorPersonalCode),
        (Lang::Zh, "收不到簡訊", SmsCodeNotReceived),
        (Lang::Zh, "無法綁定", CardInvalidOrDeclined),
        (Lang::Nb, "DiDi tar ikke kortet", MiniProgramsAndApps),
        (Lang::Zh, "滴滴付不了", MiniProgramsAndApps),
        (Lang::Zh, "红包收不到", RedPacketsAndTransfers),
        (Lang::Nb, "kortet blir avvist i butikken", PaymentDeclined),
        (Lang::Nb, "blinker rodt", CardInvalidOrDeclined),
        (Lang::Nb, "gateselger", VendorPersonalCode),
        (Lang::Nb, "kode", SmsCodeNotReceived),
        (Lang::Nb, "risiko", RiskControl),
        (Lang::Zh, "卡绑不上", CardInvalidOrDeclined),
        (Lang::Zh, "绑卡失败", CardInvalidOrDeclined),
        (Lang::Zh, "交易被拒绝", PaymentDeclined),
        (Lang::Zh, "交易有风险", RiskControl),
        (Lang::Zh, "个人收款码", VendorPersonalCode),
        (Lang::Zh, "路边摊", VendorPersonalCode),
        (Lang::Zh, "验证码", SmsCodeNotReceived),
        (Lang::Zh, "灰色", CardGreyAtMerchant),
        (Lang::Zh, "红包", RedPacketsAndTransfers),
        (Lang::Zh, "版本过低", AppVersionTooOld),
        (Lang::Zh, "人脸识别", FaceVerificationFails),
        (Lang::Zh, "ＳＭＳ", SmsCodeNotReceived),
        // Found when the app was tried as a Chinese-speaking helper would.
        (Lang::Zh, "外国朋友的卡付不了", PaymentDeclined),
        (Lang::Zh, "付款失败", PaymentDeclined),
        (Lang::Zh, "卡付不了", PaymentDeclined),
        (Lang::En, "QR code doesn't work", VendorPersonalCode),
        (
            Lang::Nb,
            "visakort virker ikke i wechat",
            CardInvalidOrDeclined,
        ),
        // Found when a Malaysian visitor with Boost, a Thai with K PLUS and
        // an American with PayPal searched by the wallet's name.
        (Lang::En, "Boost", WalletFromHome),
        // Found when a Norwegian on a business trip typed the hotel's
        // message, and his bank's block for suspected fraud.
        (Lang::Zh, "超出单笔支付限额", OverLimit),
        (Lang::Nb, "for stort belop", OverLimit),
        (Lang::Nb, "betaling avvist hotell", PaymentDeclined),
        (Lang::Nb, "kortet er sperret", PaymentDeclined),
        (Lang::Nb, "sperret kort svindel", PaymentDeclined),
        (Lang::Nb, "betalng avvist", PaymentDeclined),
        (Lang::En, "fraud alert from my bank", PaymentDeclined),
        (Lang::Zh, "银行卡被冻结", PaymentDeclined),
        (Lang::Nb, "depositum hotell", DepositsAndPayScore),
        // Found when an Australian at a convenience store asked what the
        // cashier meant, and a Chinese-American visiting his parents
        // typed his own situations.
        (Lang::En, "what is a payment code", CardGreyAtMerchant),
        (Lang::Zh, "付款码是什么", CardGreyAtMerchant),
        (Lang::Zh, "信用卡没有境外手续费", WhySomePaymentsHaveAFee),
        (Lang::Zh, "还钱 转账", RedPacketsAndTransfers),
        (Lang::Zh, "医院缴费付不了", MiniProgramsAndApps),
        (Lang::En, "红包", RedPacketsAndTransfers),
        // Found when a Malaysian asked about her wallet in a whole sentence.
        (Lang::Zh, "TNG可以在广州用吗", WalletFromHome),
        (Lang::Nb, "virker Vipps i Kina", WalletFromHome),
        (Lang::En, "can I use touch n go in shenzhen", WalletFromHome),
        (Lang::En, "can I pay with K PLUS", WalletFromHome),
        (Lang::En, "does PayPal work in China", WalletFromHome),
        (Lang::En, "my e-wallet from home", WalletFromHome),
        (Lang::Zh, "Boost 能用吗", WalletFromHome),
        (Lang::Zh, "用马来西亚的电子钱包付款", WalletFromHome),
        (Lang::Nb, "PayPal i Kina", WalletFromHome),
        (Lang::Nb, "lommebok hjemmefra", WalletFromHome),
        // Found when a student on a tight budget asked about the waivers in
        // her own words.
        (Lang::En, "small payment free", WhySomePaymentsHaveAFee),
        (Lang::En, "waiver", WhySomePaymentsHaveAFee),
        (Lang::En, "free under 200", WhySomePaymentsHaveAFee),
        (Lang::Zh, "小额免手续费吗", WhySomePaymentsHaveAFee),
        (Lang::Nb, "gebyrfritak", WhySomePaymentsHaveAFee),
        // Found when a business traveller arriving in January searched for
        // the new-user offer and a hotel's deposit.
        (Lang::En, "first time user promo", WhySomePaymentsHaveAFee),
        (Lang::En, "hotel deposit", DepositsAndPayScore),
        // Found when a Malaysian tourist asked about her money, her
        // receipt and her currency in a word or two.
        (Lang::Zh, "扣了钱", PaidOrNot),
        (Lang::Zh, "收据", PaidOrNot),
        (Lang::En, "receipt", PaidOrNot),
        (Lang::Nb, "kvittering", PaidOrNot),
        (Lang::Zh, "马币可以吗", WhySomePaymentsHaveAFee),
        (Lang::Zh, "令吉", WhySomePaymentsHaveAFee),
        (Lang::Zh, "多收钱了", WhySomePaymentsHaveAFee),
        (Lang::En, "can I pay in ringgit", WhySomePaymentsHaveAFee),
        (Lang::Nb, "kan jeg betale i kroner", WhySomePaymentsHaveAFee),
        (Lang::Zh, "钱包显示马币", WrongWalletRegion),
        (Lang::En, "wallet shows RM", WrongWalletRegion),
    ]
};
