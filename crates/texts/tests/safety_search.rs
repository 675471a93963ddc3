//! Someone asking for a secret is answered with the official warning. Found
//! when a traveller typed "wechat support asks my password" and was offered
//! "Cannot add the card" as the one likely answer, and "passport photo
//! safe?" opened the card checker, taking the warning away.

use waika_core::problem_search::{asks_about_safety, asks_for_a_secret, names_id_or_photo};

#[test]
fn someone_asking_for_a_secret_is_a_question_of_safety() {
    // (query, tells of someone asking for a secret or names the CVV)
    let rows = [
        ("wechat support asks my password", true),
        ("customer service asking card details", true),
        ("wechat support called asking my cvv", true),
        ("someone asks otp and card number on wechat", true),
        ("cvv", true),
        ("客服打电话要我的验证码", true),
        ("有人要我的卡号", true),
        ("kundeservice ringte og spurte om passord", true),
        // The user's own problems with the same words: not a request.
        ("forgot payment password", false),
        ("otp not received", false),
        ("收不到验证码", false),
        ("glemt passordet", false),
        ("card number wrong", false),
        ("", false),
    ];
    for (query, expected) in rows {
        assert_eq!(asks_for_a_secret(query), expected, "{query:?}");
        // Every one of them shows the warning.
        if expected {
            assert!(asks_about_safety(query), "{query:?}");
        }
    }
}

#[test]
fn a_document_or_a_photo_is_named() {
    let rows = [
        (
            "it asks me to verify identity with passport photo — is that safe?",
            true,
        ),
        ("passport photo safe?", true),
        ("上传护照照片安全吗", true),
        ("er det trygt å sende bilde av passet", true),
        ("is it safe to add my card", false),
        ("scam", false),
    ];
    for (query, expected) in rows {
        assert_eq!(names_id_or_photo(query), expected, "{query:?}");
    }
}

/// Found when "merchant dosent accept foreign card" and Enter opened the
/// card checker: the shop refused, so the checker is listed, not opened.
#[test]
fn a_shop_or_a_seller_is_named() {
    use waika_core::problem_search::names_a_merchant;
    let rows = [
        ("merchant dosent accept foreign card", true),
        ("shop won't take my visa", true),
        ("butikken tar ikke kortet", true),
        ("商家不收外卡", true),
        ("taxi driver code cant pay", true),
        ("does wechat accept my amex", false),
        ("visa debit ok?", false),
    ];
    for (query, expected) in rows {
        assert_eq!(names_a_merchant(query), expected, "{query:?}");
    }
}
