//! Questions of safety: "is this safe", "scam", someone asking for a
//! password or the CVV, a passport's photo. The official warning answers
//! them before any problem the same words find.

use super::questions::{names_any, CARD_WORDS, ID_HAN, ID_WORDS};

/// Words that ask whether something is safe or a scam, folded.
const SAFETY_WORDS: &[&str] = &[
    "scam",
    "scams",
    "scammer",
    "scammed",
    "safe",
    "safety",
    "phishing",
    "legit",
    "trust",
    "svindel",
    "svindler",
    "svindlere",
    "trygt",
    "trygg",
    "lurt",
    "lureri",
];
/// The same in Chinese, read inside the text.
const SAFETY_HAN: &[&str] = &["诈骗", "骗子", "被骗", "骗局", "安全", "可靠吗", "靠谱吗"];

/// What nobody legitimate asks for, folded: a password, the CVV, a one-time
/// code, the card's number.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwords",
    "passcode",
    "pin",
    "cvv",
    "cvc",
    "cvv2",
    "otp",
    "passord",
    "pinkode",
    "kortnummer",
    "kortnummeret",
    "kortdetaljer",
    "engangskode",
];
const SECRET_HAN: &[&str] = &["密码", "验证码", "卡号", "安全码", "银行卡信息"];
/// What is told of a card's number: "card number", "card details".
const CARD_DETAIL_WORDS: &[&str] = &["number", "numbers", "details", "info", "digits"];
/// The CVV on its own: asked for only on WeChat's own "Add a card" screen.
const CVV_WORDS: &[&str] = &["cvv", "cvc", "cvv2"];
/// Someone asking: support on the phone, a stranger in a chat.
const ASKER_WORDS: &[&str] = &[
    "support",
    "service",
    "customer",
    "called",
    "call",
    "calling",
    "caller",
    "someone",
    "somebody",
    "stranger",
    "asks",
    "asking",
    "asked",
    "wants",
    "requests",
    "send",
    "share",
    "kundeservice",
    "kundeservicen",
    "ringte",
    "ringer",
    "noen",
    "spør",
    "spurte",
    "ber",
    "ba",
    "sende",
    "oppgi",
];
const ASKER_HAN: &[&str] = &[
    "客服",
    "有人",
    "打电话",
    "来电",
    "要我",
    "让我",
    "索要",
    "发给",
    "提供",
];

/// Whether `query` tells of someone asking for a secret ("wechat support
/// asks my password", "customer service asking card details", "客服要我的
/// 验证码"), or names the CVV: the official warning answers it before any
/// problem the same words find.
pub fn asks_for_a_secret(query: &str) -> bool {
    let secret = names_any(query, SECRET_WORDS)
        || names_any(query, SECRET_HAN)
        || (names_any(query, CARD_WORDS) && names_any(query, CARD_DETAIL_WORDS));
    let asker = names_any(query, ASKER_WORDS) || names_any(query, ASKER_HAN);
    (secret && asker) || names_any(query, CVV_WORDS)
}

/// Photos and documents: "passport photo", "护照照片".
const PHOTO_WORDS: &[&str] = &[
    "photo", "photos", "picture", "selfie", "bilde", "bildet", "foto",
];
const PHOTO_HAN: &[&str] = &["照片", "拍照", "相片"];

/// Whether `query` names an ID document or a photo of one ("is it safe to
/// upload my passport photo"): the warning then says where that photo
/// belongs, as the official text forbids giving it to anyone.
pub fn names_id_or_photo(query: &str) -> bool {
    names_any(query, ID_WORDS)
        || names_any(query, ID_HAN)
        || names_any(query, PHOTO_WORDS)
        || names_any(query, PHOTO_HAN)
}

/// Whether a query asks if something is safe or a scam ("is this safe",
/// "scam", "会不会是诈骗"), or tells of someone asking for a secret: the
/// official warning answers it, whatever problems the words also find.
pub fn asks_about_safety(query: &str) -> bool {
    names_any(query, SAFETY_WORDS) || names_any(query, SAFETY_HAN) || asks_for_a_secret(query)
}
