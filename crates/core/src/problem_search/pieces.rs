//! The pieces a text is compared by: text folded to one spelling (case,
//! accents, full-width and Traditional characters), cut into Latin words
//! and pairs of Chinese characters, and how well two words match.

/// Traditional characters people type (in Hong Kong, Macao, Taiwan) and
/// their simplified forms, for the words the problems are found by.
const TRADITIONAL: &[(char, char)] = &[
    ('幣', '币'),
    ('運', '运'),
    ('確', '确'),
    ('計', '计'),
    ('連', '连'),
    ('結', '结'),
    ('錢', '钱'),
    ('顯', '显'),
    ('區', '区'),
    ('換', '换'),
    ('綁', '绑'),
    ('無', '无'),
    ('碼', '码'),
    ('驗', '验'),
    ('證', '证'),
    ('個', '个'),
    ('風', '风'),
    ('險', '险'),
    ('額', '额'),
    ('態', '态'),
    ('異', '异'),
    ('銀', '银'),
    ('絕', '绝'),
    ('費', '费'),
    ('續', '续'),
    ('號', '号'),
    ('機', '机'),
    ('臉', '脸'),
    ('識', '识'),
    ('別', '别'),
    ('紅', '红'),
    ('轉', '转'),
    ('賬', '账'),
    ('帳', '账'),
    ('車', '车'),
    ('電', '电'),
    ('寶', '宝'),
    ('門', '门'),
    ('關', '关'),
    ('開', '开'),
    ('時', '时'),
    ('間', '间'),
    ('麼', '么'),
    ('為', '为'),
    ('這', '这'),
    ('裡', '里'),
    ('說', '说'),
    ('對', '对'),
    ('應', '应'),
    ('發', '发'),
    ('過', '过'),
    ('還', '还'),
    ('進', '进'),
    ('選', '选'),
    ('設', '设'),
    ('餘', '余'),
    ('錯', '错'),
    ('誤', '误'),
    ('請', '请'),
    ('問', '问'),
    ('題', '题'),
    ('買', '买'),
    ('賣', '卖'),
    ('攤', '摊'),
    ('販', '贩'),
    ('幫', '帮'),
    ('貨', '货'),
    ('灣', '湾'),
    ('臺', '台'),
    ('聯', '联'),
    ('頁', '页'),
    ('線', '线'),
    ('網', '网'),
    ('優', '优'),
    ('讓', '让'),
    ('護', '护'),
    ('認', '认'),
    ('實', '实'),
    ('壓', '压'),
    ('須', '须'),
    ('訊', '讯'),
    ('簡', '简'),
    ('掃', '扫'),
    ('務', '务'),
    ('戶', '户'),
    ('標', '标'),
    ('舊', '旧'),
    ('級', '级'),
    ('資', '资'),
    ('單', '单'),
    ('鐵', '铁'),
    ('遊', '游'),
    ('愛', '爱'),
    ('國', '国'),
    ('內', '内'),
    ('際', '际'),
    ('敗', '败'),
    ('處', '处'),
    ('們', '们'),
    ('沒', '没'),
    ('語', '语'),
];

/// Folds text for comparing: lower case, full-width letters and digits to
/// ASCII, accents and Norwegian letters to their plain forms, Traditional
/// Chinese to Simplified for the common characters, punctuation to spaces.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            other => TRADITIONAL
                .iter()
                .find(|(traditional, _)| *traditional == other)
                .map_or(other, |(_, simplified)| *simplified),
        };
        for lower in c.to_lowercase() {
            match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => folded.push('a'),
                'æ' => folded.push_str("ae"),
                'ç' => folded.push('c'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' => folded.push('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' => folded.push('i'),
                'ñ' => folded.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => folded.push('o'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' => folded.push('u'),
                'ß' => folded.push_str("ss"),
                letter if letter.is_alphanumeric() => folded.push(letter),
                _ => folded.push(' '),
            }
        }
    }
    folded
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Words that say nothing about the problem, in the three languages.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "my", "i", "me", "is", "it", "its", "to", "of", "in", "on", "at", "and",
    "or", "for", "with", "this", "that", "be", "am", "are", "was", "do", "does", "did", "what",
    "why", "how", "when", "where", "you", "your", "can", "cant", "not", "no", "dont", "doesnt",
    "help", "jeg", "meg", "min", "mitt", "mine", "er", "det", "en", "et", "ei", "og", "pa", "til",
    "av", "med", "som", "har", "ikke", "kan", "hva", "hvorfor", "hvordan", "den", "de", "hjelp",
];
/// Chinese characters that say nothing alone; a pair holding one is
/// dropped too ("我的", "的卡").
const STOP_HAN: &[char] = &[
    '我', '的', '了', '吗', '呢', '啊', '吧', '是', '怎', '么', '办', '在', '可', '以',
];
/// Pairs that say nothing in an app about paying with WeChat.
const STOP_HAN_PAIRS: &[&str] = &["微信"];

/// A piece compared: a Latin word, or one or two Chinese characters.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token {
    Word(String),
    Han(String),
}

fn push_han(run: &[char], tokens: &mut Vec<Token>) {
    let meaningful = |pair: &[char]| {
        !pair.iter().any(|c| STOP_HAN.contains(c))
            && !STOP_HAN_PAIRS.contains(&pair.iter().collect::<String>().as_str())
    };
    match run {
        [] => {}
        [single] => {
            if meaningful(run) {
                tokens.push(Token::Han(single.to_string()));
            }
        }
        _ => {
            let before = tokens.len();
            tokens.extend(
                run.windows(2)
                    .filter(|pair| meaningful(pair))
                    .map(|pair| Token::Han(pair.iter().collect())),
            );
            // "扣了钱" pairs only across 了: its characters then count one by
            // one, or it would say nothing at all.
            if tokens.len() == before {
                tokens.extend(
                    run.iter()
                        .filter(|c| meaningful(std::slice::from_ref(c)))
                        .map(|c| Token::Han(c.to_string())),
                );
            }
        }
    }
}

/// Cuts folded text into words and pairs of Chinese characters.
pub(super) fn tokens(folded: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let (mut word, mut han) = (String::new(), Vec::new());
    for c in folded.chars() {
        if is_han(c) {
            if !word.is_empty() {
                tokens.push(Token::Word(std::mem::take(&mut word)));
            }
            han.push(c);
            continue;
        }
        push_han(&han, &mut tokens);
        han.clear();
        if c.is_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            tokens.push(Token::Word(std::mem::take(&mut word)));
        }
    }
    push_han(&han, &mut tokens);
    if !word.is_empty() {
        tokens.push(Token::Word(word));
    }
    tokens
}

/// Whether `a` becomes `b` by one change: a letter added, removed,
/// replaced, or two neighbours swapped.
fn one_edit_apart(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        let rest = start + 1;
        let swapped = rest < short.len()
            && short[start] == long[rest]
            && short[rest] == long[start]
            && short[rest + 1..] == long[rest + 1..];
        return swapped || short.get(rest..) == long.get(rest..);
    }
    short[start..] == long[start + 1..]
}

/// How well a query word matches a text's word, from 0 to 100.
pub(super) fn word_match(query: &str, word: &str) -> u32 {
    if query == word {
        return 100;
    }
    let (query_len, word_len) = (query.chars().count(), word.chars().count());
    // Still typing: "blink" for "blinks".
    if query_len >= 3 && word.starts_with(query) {
        return 90;
    }
    // An ending the text does not have: "kortet" for "kort", "refused" for "refuse".
    if word_len >= 4 && query.starts_with(word) && query_len - word_len <= 3 {
        return 80;
    }
    // Part of a compound: "kort" in "bankkortet". A short query needs a
    // word's worth before it, so "rent" is not found in "current".
    if let Some(at) = word.find(query) {
        let before = word[..at].chars().count();
        if query_len >= 5 || (query_len == 4 && before >= 4) {
            return 70;
        }
    }
    if query_len >= 4 && word_len >= 4 {
        let (q, w): (Vec<char>, Vec<char>) = (query.chars().collect(), word.chars().collect());
        if one_edit_apart(&q, &w) {
            return 70;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_pieces() {
        for (text, expected) in [
            ("Kortet blinker RØDT!", "kortet blinker rodt "),
            ("ＳＭＳ　码", "sms 码"),
            ("Transaktion avvisé", "transaktion avvise"),
            ("錢包顯示港幣", "钱包显示港币"),
        ] {
            assert_eq!(fold(text), expected, "{text}");
        }
        assert_eq!(
            tokens(&fold("我的卡绑不上 Visa")),
            vec![
                Token::Han("卡绑".into()),
                Token::Han("绑不".into()),
                Token::Han("不上".into()),
                Token::Word("visa".into()),
            ]
        );
    }

    #[test]
    fn word_matches() {
        // (typed, the text's word, score)
        for (query, word, expected) in [
            ("kortet", "kortet", 100),
            ("blink", "blinks", 90),
            ("kortet", "kort", 80),
            ("kort", "bankkortet", 70),
            ("betaling", "kortbetalingen", 70),
            ("rent", "current", 0),
            ("rent", "rental", 90),
            ("kort", "avkortet", 0),
            ("decliend", "declined", 70),
            ("pay", "repay", 0),
        ] {
            assert_eq!(word_match(query, word), expected, "{query:?} in {word:?}");
        }
    }

    #[test]
    fn one_edit() {
        for (a, b, expected) in [
            ("declined", "declined", true),
            ("declined", "decliend", true),
            ("declined", "declned", true),
            ("declined", "declinedd", true),
            ("declined", "dexlined", true),
            ("declined", "dexlinee", false),
            ("kort", "kast", false),
            ("vendor", "venodr", true),
        ] {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(one_edit_apart(&a, &b), expected, "{a:?} {b:?}");
        }
    }
}
