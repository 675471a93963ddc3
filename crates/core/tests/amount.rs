//! Reading amounts, rates and percentages as people type them.

use rust_decimal::Decimal;
use std::str::FromStr;
use waika_core::amount::{
    parse_cny_amount, parse_cny_rate, parse_percent, read_cny_amount, AmountError, DecimalMark,
    INVERSE_DECIMALS,
};

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn amounts_people_type_are_read() {
    let rows: &[(&str, &str)] = &[
        ("200", "200"),
        ("200.5", "200.5"),
        ("200,50", "200.50"),
        ("200,5", "200.5"),
        ("1 234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234", "1234"),
        ("1 234 567", "1234567"),
        ("1,234,567.89", "1234567.89"),
        // Lakhs and crores, as a student from India types them: no other
        // grouping has two-digit groups.
        ("1,00,000", "100000"),
        ("1,25,000.50", "125000.50"),
        ("12,34,567", "1234567"),
        ("1,00,00,000", "10000000"),
        ("1'234.50", "1234.50"),
        ("¥ 1 234", "1234"),
        ("¥1234", "1234"),
        ("￥88", "88"),
        ("200元", "200"),
        // Found when a Malaysian typed her dinner with a space before the
        // unit: it was taken for two amounts.
        ("88.8 元", "88.8"),
        ("35.5 块", "35.5"),
        ("12.5 RMB", "12.5"),
        ("12,50 yuan", "12.50"),
        ("200 元", "200"),
        ("88块", "88"),
        ("CNY 200", "200"),
        ("cny200", "200"),
        ("RMB 66.6", "66.6"),
        ("200 yuan", "200"),
        ("¥200元", "200"),
        ("２００", "200"),
        ("２００．５０", "200.50"),
        ("１，２３４．５", "1234.5"),
        ("200。5", "200.5"),
        ("  200  ", "200"),
        ("\t200\n", "200"),
        ("1\u{a0}234,50", "1234.50"),
        ("1\u{202f}234,50", "1234.50"),
        ("1\u{3000}234", "1234"),
        ("+200", "200"),
        ("0.01", "0.01"),
        (".5", "0.5"),
        ("200.", "200"),
        ("12.3400", "12.34"),
        // A Norwegian price tag's whole amount.
        ("85,-", "85"),
        ("85,–", "85"),
        ("1 000,-", "1000"),
        ("¥ 85,-", "85"),
        ("6000.01", "6000.01"),
        ("100000000", "100000000"),
        // In Chinese numerals, as heard at a till.
        ("二百", "200"),
        ("三百元", "300"),
        ("一千五", "1500"),
        ("一千五百块", "1500"),
        ("两万", "20000"),
        ("1.5万", "15000"),
        ("五十块钱", "50"),
        // Traditional characters, as typed in Taiwan and Hong Kong.
        ("1200塊", "1200"),
        ("1200圓", "1200"),
        ("五十塊錢", "50"),
        ("一千兩百塊", "1200"),
        ("二百六十八點五", "268.5"),
        ("人民幣 300", "300"),
        ("三块五", "3.5"),
        ("5块5", "5.5"),
        ("人民币三千元", "3000"),
        ("壹佰元整", "100"),
        ("¥ 三百", "300"),
        ("十五", "15"),
        ("二百六十八点五", "268.5"),
        ("二百六十八点五元", "268.5"),
    ];
    for (input, expected) in rows {
        assert_eq!(
            parse_cny_amount(input, DecimalMark::Point),
            Ok(dec(expected)),
            "parse_cny_amount({input:?})"
        );
    }
}

/// (typed, the user's decimal mark, the reading, the other reading offered)
type AmbiguityRow<'a> = (
    &'a str,
    DecimalMark,
    Result<Decimal, AmountError>,
    Option<&'a str>,
);

#[test]
fn a_lone_separator_before_three_digits_is_read_the_user_s_way_and_the_other_way_offered() {
    let two = Err(AmountError::TooManyDecimals { max: 2 });
    let ok = |text: &str| Ok(dec(text));
    let point = DecimalMark::Point;
    let comma = DecimalMark::Comma;
    let rows: &[AmbiguityRow] = &[
        // English and Chinese write a decimal point: 12.345 has three decimals.
        ("12.345", point, two, Some("12345")),
        ("1.005", point, two, Some("1005")),
        ("200.555", point, two, Some("200555")),
        ("¥12.345", point, two, Some("12345")),
        ("１２．３４５", point, two, Some("12345")),
        ("1,234", point, ok("1234"), None),
        // A price tag's "¥1,500" is never ¥1.50: nothing else is offered.
        ("¥1,500", point, ok("1500"), None),
        ("1，500", point, ok("1500"), None),
        // Found when a teacher typed her rent as "6.800" and the tracker
        // added ¥6.80: a written third decimal is never read silently.
        ("1.230", point, two, Some("1230")),
        ("6.800", point, two, Some("6800")),
        // Norwegian writes a decimal comma: 12.345 groups thousands.
        ("12.345", comma, ok("12345"), None),
        ("1.005", comma, ok("1005"), None),
        ("1,234", comma, two, Some("1234")),
        ("1,230", comma, two, Some("1230")),
        ("1.230", comma, ok("1230"), None),
        // Only one sensible reading: nothing is offered.
        ("1,50", point, ok("1.5"), None),
        ("1,50", comma, ok("1.5"), None),
        ("1.234,5", point, ok("1234.5"), None),
        ("1,234.5", comma, ok("1234.5"), None),
        ("0.123", point, two, None),
        ("1234.567", point, two, None),
        ("-1.234", point, Err(AmountError::Negative), None),
        ("-1.234", comma, Err(AmountError::Negative), None),
    ];
    for (input, mark, value, other) in rows {
        let reading = read_cny_amount(input, *mark);
        assert_eq!(reading.value, *value, "value of {input:?} with {mark:?}");
        assert_eq!(
            reading.other,
            other.map(dec),
            "other reading of {input:?} with {mark:?}"
        );
    }
}

#[test]
fn each_kind_of_bad_amount_has_its_own_error() {
    let two = AmountError::TooManyDecimals { max: 2 };
    let large = AmountError::TooLarge {
        max: dec("100000000"),
    };
    let rows: &[(&str, AmountError)] = &[
        ("", AmountError::Empty),
        ("   ", AmountError::Empty),
        ("¥", AmountError::Empty),
        ("元", AmountError::Empty),
        ("abc", AmountError::NotANumber),
        ("12abc", AmountError::NotANumber),
        ("1e3", AmountError::NotANumber),
        ("二百x", AmountError::NotANumber),
        ("五五毛", AmountError::NotANumber),
        ("200美元", AmountError::OtherCurrency),
        ("三百美元", AmountError::OtherCurrency),
        ("RM50", AmountError::OtherCurrency),
        // Found when a Brazilian student typed her fare in reais.
        ("R$ 80", AmountError::OtherCurrency),
        ("80 reais", AmountError::OtherCurrency),
        // And a Nigerian student his rent in naira.
        ("2300 naira", AmountError::OtherCurrency),
        ("₦2,300", AmountError::OtherCurrency),
        ("BRL 80", AmountError::OtherCurrency),
        ("CHF 20", AmountError::OtherCurrency),
        ("50 MYR", AmountError::OtherCurrency),
        // Found when groceries and a metro ticket were typed together.
        ("268.5 20", AmountError::SeveralAmounts),
        ("268.5+20", AmountError::SeveralAmounts),
        ("268,50 + 20", AmountError::SeveralAmounts),
        ("100＋50", AmountError::SeveralAmounts),
        ("12.5 元 20", AmountError::SeveralAmounts),
        ("12.5 ２０", AmountError::SeveralAmounts),
        // Found when a Thai student typed her noodles in baht.
        ("35฿", AmountError::OtherCurrency),
        ("35 baht", AmountError::OtherCurrency),
        ("35 THB", AmountError::OtherCurrency),
        ("S$ 20", AmountError::OtherCurrency),
        ("200马币", AmountError::OtherCurrency),
        ("30 SGD", AmountError::OtherCurrency),
        ("500港币", AmountError::OtherCurrency),
        ("负三百", AmountError::NotANumber),
        ("-三百", AmountError::Negative),
        ("零", AmountError::Zero),
        ("两亿", large),
        ("三块五毛五分五", AmountError::NotANumber),
        ("1,23,4", AmountError::NotANumber),
        ("1.2.3", AmountError::NotANumber),
        ("12,34,56", AmountError::NotANumber),
        ("1.00.000", AmountError::NotANumber),
        ("123,45,678", AmountError::NotANumber),
        ("1,00,00", AmountError::NotANumber),
        ("1,234.5.6", AmountError::NotANumber),
        ("$200", AmountError::OtherCurrency),
        ("kr 200", AmountError::OtherCurrency),
        ("2000kr", AmountError::OtherCurrency),
        ("NOK 1 234,50", AmountError::OtherCurrency),
        ("200 kroner", AmountError::OtherCurrency),
        ("€20", AmountError::OtherCurrency),
        ("20 usd", AmountError::OtherCurrency),
        ("HK$100", AmountError::OtherCurrency),
        ("NT$3000", AmountError::OtherCurrency),
        // An Indian student typed his own currency.
        ("₹500", AmountError::OtherCurrency),
        ("Rs 500", AmountError::OtherCurrency),
        ("INR 500", AmountError::OtherCurrency),
        ("500 rupees", AmountError::OtherCurrency),
        ("3000台幣", AmountError::OtherCurrency),
        ("3000 新台币", AmountError::OtherCurrency),
        ("500港幣", AmountError::OtherCurrency),
        ("kr", AmountError::NotANumber),
        ("..", AmountError::NotANumber),
        ("-5", AmountError::Negative),
        ("-¥5", AmountError::Negative),
        ("¥-5", AmountError::Negative),
        ("－５", AmountError::Negative),
        ("−5", AmountError::Negative),
        ("0", AmountError::Zero),
        ("0,00", AmountError::Zero),
        ("-0", AmountError::Zero),
        ("0.001", two),
        ("12.3456", two),
        ("1,234.567", two),
        ("100000000.01", large),
        ("999999999999", large),
        ("99999999999999999999999999999999999", large),
    ];
    for (input, expected) in rows {
        assert_eq!(
            parse_cny_amount(input, DecimalMark::Point),
            Err(*expected),
            "parse_cny_amount({input:?})"
        );
    }
}

#[test]
fn rates_take_a_single_separator_as_the_decimal_point() {
    let rows: &[(&str, Result<&str, AmountError>)] = &[
        ("7.1", Ok("7.1")),
        ("7,10", Ok("7.10")),
        ("0,7012", Ok("0.7012")),
        ("7.123", Ok("7.123")),
        ("1.234567", Ok("1.234567")),
        ("1.2345678", Err(AmountError::TooManyDecimals { max: 6 })),
        ("0", Err(AmountError::Zero)),
        ("", Err(AmountError::Empty)),
        ("x", Err(AmountError::NotANumber)),
        ("-7", Err(AmountError::Negative)),
        // No currency is worth a thousand yuan: the dong's units per yuan.
        ("3700", Ok("0.0002702703")),
        ("250000", Err(AmountError::TooLarge { max: dec("100000") })),
        // As banks and converters write a rate (a Malaysian typed it so).
        ("1 MYR = 1.6", Ok("1.6")),
        ("1MYR=1.6", Ok("1.6")),
        ("1 NOK = 0.67 CNY", Ok("0.67")),
        ("1 NOK ＝ 0,67 元", Ok("0.67")),
        ("100 NOK = 67 CNY", Ok("0.67")),
        ("1:1.63", Ok("1.63")),
        ("1 MYR = ", Err(AmountError::Empty)),
        // Yuan first, as the won, the yen or the dong are usually shown:
        // the inverse, to ten decimals.
        ("1 CNY = 190 KRW", Ok("0.0052631579")),
        ("¥1 = 190", Ok("0.0052631579")),
        ("1元＝２０.５日元", Ok("0.0487804878")),
        ("1 RMB = 3571,43 VND", Ok("0.0002799999")),
        ("CNY = 4 UAH", Ok("0.25")),
        ("1 CNY = 0 KRW", Err(AmountError::Zero)),
        (
            "1 CNY = 200000 IRR",
            Err(AmountError::TooLarge { max: dec("100000") }),
        ),
        ("1 CNY = KRW", Err(AmountError::Empty)),
        // A won in yuan is not yuan on the left.
        ("1韩元 = 0.0053元", Ok("0.0053")),
        ("2 CNY = 380 KRW", Ok("0.0052631579")),
        ("100 yuan = 145 kr", Ok("0.6896551724")),
        ("1.5.5 NOK = 2", Err(AmountError::NotANumber)),
        // Written with the home currency's sign or code, as a Malaysian
        // and a Norwegian typed it: that currency's units for one yuan.
        ("RM0.61", Ok("1.6393442623")),
        ("0.61 MYR", Ok("1.6393442623")),
        ("1,45 kr", Ok("0.6896551724")),
        ("kr 1,45", Ok("0.6896551724")),
        ("-5 kr", Err(AmountError::Negative)),
        ("kr", Err(AmountError::NotANumber)),
        ("1.63 元", Ok("1.63")),
    ];
    for (input, expected) in rows {
        assert_eq!(
            parse_cny_rate(input),
            expected.map(dec),
            "parse_cny_rate({input:?})"
        );
    }
}

#[test]
fn percentages_accept_zero_and_a_percent_sign() {
    let rows: &[(&str, Result<&str, AmountError>)] = &[
        ("1,99", Ok("1.99")),
        ("2.3 %", Ok("2.3")),
        ("1.75％", Ok("1.75")),
        ("0", Ok("0")),
        ("0 %", Ok("0")),
        ("3", Ok("3")),
        ("", Err(AmountError::Empty)),
        ("%", Err(AmountError::Empty)),
        ("two", Err(AmountError::NotANumber)),
        ("-1", Err(AmountError::Negative)),
        ("75", Err(AmountError::TooLarge { max: dec("50") })),
        ("1.23456", Err(AmountError::TooManyDecimals { max: 4 })),
    ];
    for (input, expected) in rows {
        assert_eq!(
            parse_percent(input),
            expected.map(dec),
            "parse_percent({input:?})"
        );
    }
}

#[test]
fn odd_input_never_panics_and_never_gives_a_bad_value() {
    let mut odd: Vec<String> = [
        "¥¥¥",
        "元元",
        "-",
        "+",
        "+-",
        ",",
        ".",
        "'",
        "1'",
        "'1",
        "١٢٣",
        "🙂",
        "1 2 3 , 4",
        "\u{0}",
        "0x10",
        "1_000",
        "∞",
        "NaN",
        "1,,2",
        "1..2",
        ",5",
        "¥,",
        "9.",
        "''",
    ]
    .iter()
    .map(|text| text.to_string())
    .collect();
    odd.push("9".repeat(100));
    odd.push("0.".to_string() + &"1".repeat(40));
    for input in &odd {
        for (name, result, max_decimals) in [
            ("amount", parse_cny_amount(input, DecimalMark::Point), 2),
            ("rate", parse_cny_rate(input), INVERSE_DECIMALS),
            ("percent", parse_percent(input), 4),
        ] {
            if let Ok(value) = result {
                assert!(
                    value >= Decimal::ZERO && value.scale() <= max_decimals,
                    "{name} of {input:?} gave {value}"
                );
            }
        }
    }
}
