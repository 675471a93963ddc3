//! The troubleshooter's search in a build of one language: what WeChat
//! shows, in Chinese or English, is still found.

use waika_core::guide::ProblemId;
use waika_core::problem_search::{find_problems, FoundBy};
use waika_texts::problems::searchable_in;
use waika_texts::Lang;

/// WeChat shows Chinese or English whatever the app's language, and people
/// type what they read: each one-language build finds the causes a failed
/// payment or missing funds can have, not the most common problems.
#[test]
fn every_one_language_build_finds_what_wechat_says() {
    use ProblemId::*;
    // A failure said vaguely may be one whose reason went unread: that
    // answer is among the four the start page shows (a Malaysian missed it).
    let rows: &[(&str, &[ProblemId])] = &[
        (
            "支付失败",
            &[
                PaymentDeclined,
                OverLimit,
                RiskControl,
                PaymentFailedNoReason,
            ],
        ),
        (
            "payment failed",
            &[
                PaymentDeclined,
                OverLimit,
                RiskControl,
                PaymentFailedNoReason,
            ],
        ),
        ("余额不足", &[PaymentDeclined, CardInvalidOrDeclined]),
        (
            "insufficient funds",
            &[PaymentDeclined, CardInvalidOrDeclined],
        ),
        ("交易被拒绝", &[PaymentDeclined]),
        // A message that names no cause has a page of its own.
        ("支付失败，请更换支付方式", &[PaymentFailedNoReason]),
        // Found when the app was tried at a till: a general failure lists
        // the common problems, never one of them as if it were clear.
        (
            "can't pay",
            &[PaymentDeclined, CardGreyAtMerchant, RiskControl],
        ),
        (
            "i cannot pay",
            &[PaymentDeclined, CardGreyAtMerchant, RiskControl],
        ),
        (
            "transaction failed",
            &[
                PaymentDeclined,
                RiskControl,
                OverLimit,
                PaymentFailedNoReason,
            ],
        ),
        (
            "交易失败",
            &[
                PaymentDeclined,
                RiskControl,
                OverLimit,
                PaymentFailedNoReason,
            ],
        ),
        (
            "微信支付不了",
            &[PaymentDeclined, CardGreyAtMerchant, RiskControl],
        ),
        (
            "怎么付钱",
            &[PaymentDeclined, CardGreyAtMerchant, RiskControl],
        ),
        (
            "how do I pay",
            &[PaymentDeclined, CardGreyAtMerchant, RiskControl],
        ),
        (
            "my visa doesnt work",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        (
            "外卡不能用",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        (
            "支付失敗",
            &[
                PaymentDeclined,
                OverLimit,
                RiskControl,
                PaymentFailedNoReason,
            ],
        ),
        // Found when a student tried to link her card: sent to the grey
        // card at a merchant alone, though she had not paid yet. Both are
        // listed, the more common first.
        ("暂不支持该卡", &[CardGreyAtMerchant, CardInvalidOrDeclined]),
        (
            "该卡不支持此业务",
            &[CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        (
            "card not supported",
            &[CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        // Found when a Norwegian tourist tried it in a taxi, and a teacher
        // paying her rent.
        (
            "kortet virker ikke",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        (
            "mastercard virker ikke",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        // In a taxi the driver's own code first, then the common failures
        // ("kortet virker ikke i taxi" led with the bank's refusal).
        (
            "drosje",
            &[
                VendorPersonalCode,
                PaymentDeclined,
                CardGreyAtMerchant,
                RiskControl,
            ],
        ),
        (
            "taxi",
            &[
                VendorPersonalCode,
                PaymentDeclined,
                CardGreyAtMerchant,
                RiskControl,
            ],
        ),
        (
            "sjåføren venter",
            &[
                VendorPersonalCode,
                PaymentDeclined,
                CardGreyAtMerchant,
                RiskControl,
            ],
        ),
        (
            "kortet virker ikke i taxi",
            &[VendorPersonalCode, PaymentDeclined, CardGreyAtMerchant],
        ),
        // A card that "no dey work", and an app with what is bought in it.
        (
            "card no dey work",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        (
            "wechat pay not working",
            &[PaymentDeclined, CardGreyAtMerchant, CardInvalidOrDeclined],
        ),
        ("美团买电影票", &[MiniProgramsAndApps]),
        ("交易存在风险", &[RiskControl]),
        ("转账", &[RedPacketsAndTransfers]),
        ("超过单笔限额", &[OverLimit]),
    ];
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        for (query, causes) in rows {
            let findings = find_problems(query, |id| searchable_in(&[lang], id));
            let first: Vec<ProblemId> = findings
                .problems
                .iter()
                .take(causes.len())
                .copied()
                .collect();
            // Every cause among the first, the most common first of all.
            let all_first =
                causes.iter().all(|cause| first.contains(cause)) && first.first() == causes.first();
            let clear_right = findings.clear == (causes.len() == 1);
            if findings.found_by != FoundBy::Match || !all_first || !clear_right {
                wrong.push(format!(
                    "{lang:?} build, {query:?}: expected {causes:?} first (clear: {}), found {first:?} ({:?}, clear: {})",
                    causes.len() == 1,
                    findings.found_by,
                    findings.clear
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Questions in people's own words whose answer comes first in every
/// language's build, clear or not: a merchant's refusal as people retell
/// it, and questions typed as a sentence without spaces.
#[test]
fn every_one_language_build_answers_sentences_first() {
    use ProblemId::*;
    let rows: &[(&str, ProblemId)] = &[
        ("该商户暂不支持境外卡支付", CardGreyAtMerchant),
        ("商户 不支持 境外卡", CardGreyAtMerchant),
        ("每个月能用多少钱", OverLimit),
        ("12306买票可以用微信吗", Trains),
        ("美团买电影票", MiniProgramsAndApps),
        ("kortet virker ikke i taxi", VendorPersonalCode),
        // Linking refused over the card's details, as remembered.
        ("card info wrong", CardInvalidOrDeclined),
        ("card information is incorrect", CardInvalidOrDeclined),
        ("银行卡信息有误", CardInvalidOrDeclined),
        // A taxi called in an app is paid in the app.
        ("滴滴打车付不了", MiniProgramsAndApps),
    ];
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        for (query, expected) in rows {
            let findings = find_problems(query, |id| searchable_in(&[lang], id));
            if findings.problems.first() != Some(expected) {
                wrong.push(format!(
                    "{lang:?} build, {query:?}: expected {expected:?} first, found {:?} ({:?})",
                    findings.problems, findings.found_by
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Found in the English build, where "rentals" and "charged but it failed"
/// took these over: rent goes to what can pay a landlord, and a linked
/// card that fails at a till to the causes of a failed payment.
#[test]
fn the_english_build_finds_rent_and_a_linked_card_that_fails() {
    use ProblemId::*;
    let rows: &[(&str, ProblemId)] = &[
        ("can i pay rent with wechat", RedPacketsAndTransfers),
        ("wechat pay my rent 2300", RedPacketsAndTransfers),
        ("my card was added but payment failed", PaymentDeclined),
        ("card added but paymnt failed", PaymentDeclined),
        ("money taken but payment failed", PaidOrNot),
        ("top up phone", PhoneCredit),
    ];
    for (query, expected) in rows {
        let findings = find_problems(query, |id| searchable_in(&[Lang::En], id));
        assert_eq!(
            findings.problems.first(),
            Some(expected),
            "{query:?}: {:?}",
            findings.problems
        );
        assert_eq!(findings.found_by, FoundBy::Match, "{query:?}");
    }
}
