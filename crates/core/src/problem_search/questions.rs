//! Questions the search answers with something besides a problem: whether
//! a card works (the checker), whether something is safe (the official
//! warning), and which wallet from home a question names.

use super::pieces::{fold, tokens, Token};

/// Wallet apps from home by name, folded: a question that names one ("TNG
/// 可以在广州用吗") asks about wallets from home, however the rest reads.
const WALLET_WORDS: &[&str] = &[
    "tng",
    "touch",
    "boost",
    "kplus",
    "bakong",
    "naver",
    "paypal",
    "gcash",
    "kakaopay",
    "truemoney",
    "grabpay",
    "vipps",
    "ewallet",
];

/// Where a seller's personal code is met: a taxi, a market stall, a street
/// vendor, folded. Apps that call a taxi are paid in the app instead.
const VENDOR_WORDS: &[&str] = &[
    "taxi", "taxien", "cab", "driver", "drosje", "drosjen", "sjafor", "sjaforen", "market",
    "marked", "stall", "stalls", "street", "vendor", "vendors", "hawker", "hawkers",
];
const VENDOR_HAN: &[&str] = &[
    "出租车",
    "打车",
    "的士",
    "司机",
    "小摊",
    "摊位",
    "摆摊",
    "菜市场",
    "个人收款码",
];
/// Apps people pay in, and the word app: what is bought there is paid in
/// the app.
const APP_WORDS: &[&str] = &[
    "app",
    "didi",
    "uber",
    "meituan",
    "taobao",
    "ctrip",
    "滴滴",
    "小程序",
    "软件",
    "美团",
    "淘宝",
    "饿了么",
    "携程",
    "大众点评",
];

/// The Latin words of folded text, without its Chinese.
pub(super) fn latin_words(folded: &str) -> Vec<String> {
    tokens(folded)
        .into_iter()
        .filter_map(|token| match token {
            Token::Word(word) => Some(word),
            Token::Han(_) => None,
        })
        .collect()
}

/// Whether any of `list` is in `query`: a Latin word as a whole word,
/// Chinese anywhere in the text.
pub(super) fn names_any(query: &str, list: &[&str]) -> bool {
    let folded = fold(query);
    let words = latin_words(&folded);
    list.iter().any(|item| {
        words.iter().any(|word| word == item) || (!item.is_ascii() && folded.contains(item))
    })
}

/// Whether `query` names an app people pay in ("滴滴打车付不了").
pub(super) fn names_an_app(query: &str) -> bool {
    names_any(query, APP_WORDS)
}

/// Whether `query` names a place where sellers take payment to their own
/// code ("kortet virker ikke i taxi"), and no app.
pub(super) fn names_a_vendor(query: &str) -> bool {
    (names_any(query, VENDOR_WORDS) || names_any(query, VENDOR_HAN)) && !names_an_app(query)
}

/// Shops and sellers, folded: "merchant doesn't accept foreign card".
const MERCHANT_WORDS: &[&str] = &[
    "merchant",
    "merchants",
    "shop",
    "shops",
    "store",
    "seller",
    "restaurant",
    "butikk",
    "butikken",
    "butikker",
    "restauranten",
    "kafe",
    "kafeen",
];
const MERCHANT_HAN: &[&str] = &["商家", "商户", "店家", "老板", "餐厅", "饭店"];

/// Whether `query` names a shop, a seller or a vendor: a card refused
/// there is the shop's side, and Enter opens no card checker for it.
pub fn names_a_merchant(query: &str) -> bool {
    names_any(query, MERCHANT_WORDS) || names_any(query, MERCHANT_HAN) || names_a_vendor(query)
}

/// Whether `query` names a wallet app from home.
pub(super) fn names_a_wallet(query: &str) -> bool {
    names_any(query, WALLET_WORDS)
}

/// Words that name a card, in the app's languages, folded, besides its
/// network's or bank's name (`CARD_BRANDS`).
pub(super) const CARD_WORDS: &[&str] = &[
    "card",
    "cards",
    "debit",
    "credit",
    "kort",
    "kortet",
    "kredittkort",
    "debetkort",
];
/// Words for the document one registers with: the checker's first question
/// answers them ("绑卡要护照吗", "do I need my passport").
pub(super) const ID_WORDS: &[&str] =
    &["passport", "passet", "pass", "permit", "oppholdstillatelse"];
pub(super) const ID_HAN: &[&str] = &["护照", "证件", "台胞证", "通行证", "居留许可", "居留证"];
/// Countries and nationalities, folded: "my Australian card", "马来西亚的
/// 卡" ask whether a card from there works.
const COUNTRY_WORDS: &[&str] = &[
    "american",
    "australian",
    "british",
    "malaysian",
    "norwegian",
    "norsk",
    "singaporean",
    "canadian",
    "german",
    "french",
    "korean",
    "japanese",
    "thai",
];
const COUNTRY_HAN: &[&str] = &[
    "马来西亚",
    "新加坡",
    "美国",
    "英国",
    "澳大利亚",
    "澳洲",
    "挪威",
    "加拿大",
    "德国",
    "法国",
    "日本",
    "韩国",
    "泰国",
    "台湾",
    "香港",
    "澳门",
];
/// Card networks, and banks named for their cards, folded. BankAxept is
/// on most Norwegian debit cards, beside Visa or Mastercard; Norway's
/// largest banks issue them ("dnb").
const CARD_BRANDS: &[&str] = &[
    "visa",
    "mastercard",
    "amex",
    "jcb",
    "unionpay",
    "bankaxept",
    "dnb",
    "nordea",
];
/// Words that ask whether something works or is accepted.
const WORKS_WORDS: &[&str] = &[
    "ok",
    "okay",
    "work",
    "works",
    "use",
    "accepted",
    "accept",
    "supported",
    "can",
    "will",
    "virker",
    "funker",
    "fungerer",
    "bruke",
    "godtas",
    "godkjent",
    "kan",
];
/// The same in Chinese, read inside the text.
const WORKS_HAN: &[&str] = &[
    "能用",
    "可以用",
    "能不能",
    "可不可以",
    "支持",
    "能绑",
    "可以绑",
    "行吗",
];
/// Words that say something failed: then the problems answer, not the
/// checker.
const FAILED_WORDS: &[&str] = &[
    "not", "no", "doesnt", "dont", "cant", "cannot", "wont", "isnt", "declined", "refused",
    "failed", "rejected", "denied", "error", "blocked", "problem", "ikke", "avvist", "sperret",
    "feil",
];
const FAILED_HAN: &[&str] = &[
    "不能用",
    "用不了",
    "付不了",
    "失败",
    "拒绝",
    "不行",
    "不支持",
];

/// Whether `query` tells of something that failed ("doesn't work", "付不了"):
/// then the problems answer, whatever else it asks.
pub(super) fn tells_of_a_failure(query: &str) -> bool {
    names_any(query, FAILED_WORDS) || names_any(query, FAILED_HAN)
}

/// Whether a query asks if a card will work ("visa debit ok?", "挪威的卡能
/// 用微信吗") or which document it takes ("护照"): the checker answers that
/// better than any problem, so the search offers it first.
pub fn asks_about_a_card(query: &str) -> bool {
    let folded = fold(query);
    let words = latin_words(&folded);
    let has_word = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let names_card = has_word(CARD_WORDS) || has_word(CARD_BRANDS) || folded.contains('卡');
    let asks = has_word(WORKS_WORDS)
        || WORKS_HAN.iter().any(|han| folded.contains(han))
        || folded.trim_end().ends_with('?')
        || has_word(COUNTRY_WORDS)
        || COUNTRY_HAN.iter().any(|han| folded.contains(han));
    // A card's name and nothing else ("amex", "Visa debit", "visa卡") asks
    // the same.
    let only_a_card_name = has_word(CARD_BRANDS)
        && words.iter().all(|word| {
            CARD_WORDS.contains(&word.as_str()) || CARD_BRANDS.contains(&word.as_str())
        })
        && folded
            .chars()
            .all(|c| c == '卡' || !c.is_alphabetic() || c.is_ascii());
    let names_id = has_word(ID_WORDS) || ID_HAN.iter().any(|han| folded.contains(han));
    ((names_card && (asks || only_a_card_name)) || names_id) && !tells_of_a_failure(query)
}

/// Words for paying at a till, folded.
const PAY_WORDS: &[&str] = &["pay", "paying", "betale", "betaler", "swipe", "tap"];
/// "Swipe a card": in Chinese, paying on the shop's own terminal.
const PAY_BY_CARD_HAN: &[&str] = &["刷卡"];
/// Where a card is added rather than paid with at a till.
const WEIXIN_WORDS: &[&str] = &["wechat", "weixin", "微信"];

/// Whether `query` asks to pay with a card at a till, naming no card,
/// country, document or WeChat ("kan jeg betale med kort", "can I pay by
/// card", "可以刷卡吗"): the shop's own terminal is asked about with the
/// cashier card, and the checker is offered beside it.
pub fn asks_to_pay_by_card(query: &str) -> bool {
    let names_which = names_any(query, CARD_BRANDS)
        || names_any(query, COUNTRY_WORDS)
        || names_any(query, COUNTRY_HAN)
        || names_any(query, ID_WORDS)
        || names_any(query, ID_HAN)
        || names_any(query, WEIXIN_WORDS);
    let pays_by_card = (names_any(query, CARD_WORDS) && names_any(query, PAY_WORDS))
        || names_any(query, PAY_BY_CARD_HAN);
    pays_by_card && !names_which && !tells_of_a_failure(query)
}

/// Alipay by name, folded: the app has no checked facts on it.
const ALIPAY_WORDS: &[&str] = &["alipay", "zhifubao", "支付宝"];
/// Cash, folded: "do I need cash", "kontanter", "要带现金吗".
/// An ATM is where the cash comes from ("minibank", "ATM 取钱").
const CASH_WORDS: &[&str] = &[
    "cash",
    "kontant",
    "kontanter",
    "kontanten",
    "现金",
    "现钞",
    "atm",
    "minibank",
    "minibanken",
    "取钱",
    "取款",
    "提款",
];

/// Whether `query` names cash ("do I need cash", "kan jeg betale kontant").
pub fn names_cash(query: &str) -> bool {
    names_any(query, CASH_WORDS)
}

/// Whether `query` names Alipay ("支付宝可以吗", "can I use Alipay").
pub fn names_alipay(query: &str) -> bool {
    let split = latin_words(&fold(query))
        .windows(2)
        .any(|pair| pair[0] == "ali" && pair[1] == "pay");
    split || names_any(query, ALIPAY_WORDS)
}
