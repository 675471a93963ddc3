//! Currencies as each language names them in running text. Chinese names
//! a currency ("5,000 美元", "折合港元"); English and Norwegian write the
//! ISO code, as their banks do ("USD 5,000").

use waika_core::money::Currency;

use crate::Lang;

mod zh {
    /// The Chinese name of the currency with this ISO code, as Chinese
    /// banks list it.
    pub fn currency_name(code: &str) -> Option<&'static str> {
        let name = match code {
            "NOK" => "挪威克朗",
            "USD" => "美元",
            "EUR" => "欧元",
            "GBP" => "英镑",
            "HKD" => "港元",
            "SGD" => "新加坡元",
            "MYR" => "马来西亚林吉特",
            "AUD" => "澳元",
            "CAD" => "加元",
            "THB" => "泰铢",
            "AED" => "阿联酋迪拉姆",
            "ARS" => "阿根廷比索",
            "BDT" => "孟加拉塔卡",
            "BND" => "文莱元",
            "BRL" => "巴西雷亚尔",
            "CHF" => "瑞士法郎",
            "CLP" => "智利比索",
            "COP" => "哥伦比亚比索",
            "CZK" => "捷克克朗",
            "DKK" => "丹麦克朗",
            "EGP" => "埃及镑",
            "ETB" => "埃塞俄比亚比尔",
            "GHS" => "加纳塞地",
            "HUF" => "匈牙利福林",
            "IDR" => "印尼卢比",
            "ILS" => "以色列新谢克尔",
            "INR" => "印度卢比",
            "ISK" => "冰岛克朗",
            "JPY" => "日元",
            "KES" => "肯尼亚先令",
            "KGS" => "吉尔吉斯斯坦索姆",
            "KHR" => "柬埔寨瑞尔",
            "KRW" => "韩元",
            "KZT" => "哈萨克斯坦坚戈",
            "LAK" => "老挝基普",
            "LKR" => "斯里兰卡卢比",
            "MAD" => "摩洛哥迪拉姆",
            "MMK" => "缅元",
            "MNT" => "蒙古图格里克",
            "MOP" => "澳门元",
            "MXN" => "墨西哥比索",
            "NGN" => "尼日利亚奈拉",
            "NPR" => "尼泊尔卢比",
            "NZD" => "新西兰元",
            "PEN" => "秘鲁索尔",
            "PHP" => "菲律宾比索",
            "PKR" => "巴基斯坦卢比",
            "PLN" => "波兰兹罗提",
            "RUB" => "俄罗斯卢布",
            "SAR" => "沙特里亚尔",
            "SEK" => "瑞典克朗",
            "TRY" => "土耳其里拉",
            "TWD" => "新台币",
            "TZS" => "坦桑尼亚先令",
            "UAH" => "乌克兰格里夫纳",
            "UGX" => "乌干达先令",
            "UZS" => "乌兹别克斯坦苏姆",
            "VND" => "越南盾",
            "XAF" => "中非法郎",
            "XOF" => "西非法郎",
            "ZAR" => "南非兰特",
            "ZMW" => "赞比亚克瓦查",
            _ => return None,
        };
        Some(name)
    }
}

mod en {
    pub fn currency_name(_code: &str) -> Option<&'static str> {
        None
    }
}

mod nb {
    pub fn currency_name(_code: &str) -> Option<&'static str> {
        None
    }
}

by_language!(
    /// The name the language gives the currency with this ISO code in
    /// running text, if it writes a name rather than the code.
    pub fn currency_name(code: &str) -> Option<&'static str>
);

/// The currency as the language writes it in a sentence: "港元" in
/// Chinese, "HKD" in English and Norwegian.
pub fn currency_word(lang: Lang, currency: Currency) -> &'static str {
    currency_name(lang, currency.code()).unwrap_or(currency.code())
}

/// The currency as the home-currency picker lists it: "港元（HKD）" in
/// Chinese, so the code a bank shows is there too; the code elsewhere.
pub fn currency_choice(lang: Lang, currency: Currency) -> String {
    match currency_name(lang, currency.code()) {
        Some(name) => format!("{name}（{}）", currency.code()),
        None => currency.code().to_string(),
    }
}
