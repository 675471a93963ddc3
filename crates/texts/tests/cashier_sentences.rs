//! A search that asks for what the cashier card says: a message nobody can
//! read, a receipt, paying by card at the till.

use waika_core::problem_search::{cannot_read_the_message, sentence_for_the_cashier};

#[test]
fn a_receipt_a_message_nobody_can_read_or_a_card_at_the_till_asks_the_cashier() {
    // (what is typed, the cashier card's sentence it links)
    let rows = [
        ("receipt", Some("receipt")),
        ("can I get a receipt", Some("receipt")),
        ("kvittering", Some("receipt")),
        ("收据", Some("receipt")),
        ("要小票", Some("receipt")),
        ("message in Chinese", Some("read-message")),
        ("看不懂提示", Some("read-message")),
        // Found when a Norwegian at a tea shop asked and got the checker's
        // nine questions.
        ("kan jeg betale med kort", Some("card-terminal")),
        ("can I pay by card here?", Some("card-terminal")),
        ("可以刷卡吗", Some("card-terminal")),
        // A card named, or WeChat: whether it can be added (the checker).
        ("kan jeg betale med visa", None),
        ("can I pay with my card in wechat", None),
        ("can I pay with my norwegian card", None),
        ("刷卡失败", None),
        ("card declined", None),
        ("", None),
    ];
    for (query, expected) in rows {
        assert_eq!(sentence_for_the_cashier(query), expected, "{query:?}");
    }
    // Every sentence named is on the card.
    for (_, slug) in rows {
        if let Some(slug) = slug {
            assert!(waika_texts::guide::cashier_phrase(slug).is_some(), "{slug}");
        }
    }
}

#[test]
fn a_message_nobody_can_read_is_for_the_cashier_to_read() {
    let rows = [
        ("feilmelding på kinesisk", true),
        ("det står noe på kinesisk", true),
        ("message in Chinese", true),
        ("I can't read Chinese", true),
        ("kan ikke lese kinesisk", true),
        ("看不懂提示", true),
        ("看不懂中文", true),
        ("chinese card", false),
        ("error", false),
        ("支付失败", false),
        ("kinesisk kort", false),
    ];
    for (query, expected) in rows {
        assert_eq!(cannot_read_the_message(query), expected, "{query:?}");
    }
}

/// Found when a traveller showed "付款没有成功，请稍等一下，我换一种方式付。"
/// and the cashier was offered 可以 and 我们没有, which answer a question.
#[test]
fn the_cashier_is_offered_answers_that_fit_the_sentence() {
    use waika_texts::guide::{CASHIER_PHRASES, CASHIER_REPLIES};
    let fitting = |sentence: &str| -> Vec<&str> {
        CASHIER_REPLIES
            .iter()
            .filter(|reply| reply.fits(sentence))
            .map(|reply| reply.zh)
            .collect()
    };
    assert_eq!(
        fitting("付款没有成功，请稍等一下，我换一种方式付。"),
        ["好的", "只收现金", "请稍等"]
    );
    assert_eq!(
        fitting("可以付现金吗？"),
        ["可以", "不可以", "只收现金", "我们没有", "请稍等"]
    );
    for phrase in CASHIER_PHRASES {
        let answers = fitting(phrase.zh);
        assert!(answers.len() >= 3, "{}: {answers:?}", phrase.zh);
        assert!(answers.contains(&"请稍等"), "{}", phrase.zh);
    }
}
