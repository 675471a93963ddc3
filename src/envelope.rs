//! The envelope every value kept on the device is stored in:
//! `{"version":1,"data":…}` in JSON, so a later build can tell which schema
//! wrote it. Structured values go through serde_json (see `ui::storage`).
//! Texts and lists of texts (the language, the guide's place, the ticked
//! checklist items) are written and read here by hand, byte for byte as
//! serde_json would, so that the bundles that keep nothing else do not
//! carry a JSON library.

/// `{"version":VERSION,"data":"TEXT"}`, exactly as serde_json writes it.
pub fn encode_text(version: u32, text: &str) -> String {
    let mut out = format!(r#"{{"version":{version},"data":"#);
    push_string(&mut out, text);
    out.push('}');
    out
}

/// `{"version":VERSION,"data":["TEXT",…]}`, exactly as serde_json writes it.
pub fn encode_texts(version: u32, texts: &[String]) -> String {
    let mut out = format!(r#"{{"version":{version},"data":["#);
    for (index, text) in texts.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        push_string(&mut out, text);
    }
    out.push_str("]}");
    out
}

fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The version and text of an envelope whose data is a JSON string. `None`
/// for anything else, including JSON that serde_json would refuse; unlike
/// serde_json, a key other than "version" and "data" is refused too.
pub fn decode_text(raw: &str) -> Option<(u32, String)> {
    decode(raw, |reader| reader.string())
}

/// The version and texts of an envelope whose data is a JSON list of
/// strings; `None` for anything else, as for `decode_text`.
pub fn decode_texts(raw: &str) -> Option<(u32, Vec<String>)> {
    decode(raw, |reader| reader.strings())
}

fn decode<T>(raw: &str, data_value: fn(&mut Reader) -> Option<T>) -> Option<(u32, T)> {
    let mut reader = Reader { rest: raw };
    reader.expect('{')?;
    let (mut version, mut data) = (None, None);
    loop {
        match reader.string()?.as_str() {
            "version" if version.is_none() => {
                reader.expect(':')?;
                version = Some(reader.number()?);
            }
            "data" if data.is_none() => {
                reader.expect(':')?;
                data = Some(data_value(&mut reader)?);
            }
            _ => return None,
        }
        if reader.expect(',').is_none() {
            reader.expect('}')?;
            break;
        }
    }
    reader.skip_space();
    reader.rest.is_empty().then_some(())?;
    Some((version?, data?))
}

struct Reader<'a> {
    rest: &'a str,
}

impl Reader<'_> {
    /// Skips JSON's white space (and only that: serde_json refuses, say,
    /// a no-break space around a value).
    fn skip_space(&mut self) {
        self.rest = self.rest.trim_start_matches([' ', '\n', '\r', '\t']);
    }

    /// Skips white space and takes `wanted`.
    fn expect(&mut self, wanted: char) -> Option<()> {
        self.skip_space();
        self.rest = self.rest.strip_prefix(wanted)?;
        Some(())
    }

    /// A non-negative integer that fits in u32.
    fn number(&mut self) -> Option<u32> {
        self.skip_space();
        let end = self
            .rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(self.rest.len());
        let (digits, rest) = self.rest.split_at(end);
        // JSON has no leading zeros.
        if digits.len() > 1 && digits.starts_with('0') {
            return None;
        }
        self.rest = rest;
        digits.parse().ok()
    }

    /// A JSON list of strings.
    fn strings(&mut self) -> Option<Vec<String>> {
        self.expect('[')?;
        let mut out = Vec::new();
        if self.expect(']').is_some() {
            return Some(out);
        }
        loop {
            out.push(self.string()?);
            if self.expect(',').is_none() {
                self.expect(']')?;
                return Some(out);
            }
        }
    }

    /// A JSON string, with its escapes resolved.
    fn string(&mut self) -> Option<String> {
        self.expect('"')?;
        let mut out = String::new();
        let mut chars = self.rest.char_indices();
        loop {
            let (index, c) = chars.next()?;
            match c {
                '"' => {
                    self.rest = &self.rest[index + 1..];
                    return Some(out);
                }
                '\\' => {
                    let (_, escape) = chars.next()?;
                    out.push(match escape {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => {
                            let high = hex4(&mut chars)?;
                            if (0xDC00..0xE000).contains(&high) {
                                return None;
                            }
                            if (0xD800..0xDC00).contains(&high) {
                                // A surrogate pair: the low half must follow.
                                let (_, '\\') = chars.next()? else {
                                    return None;
                                };
                                let (_, 'u') = chars.next()? else { return None };
                                let low = hex4(&mut chars)?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return None;
                                }
                                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                            } else {
                                char::from_u32(high)?
                            }
                        }
                        _ => return None,
                    });
                }
                c if (c as u32) < 0x20 => return None,
                c => out.push(c),
            }
        }
    }
}

fn hex4(chars: &mut std::str::CharIndices) -> Option<u32> {
    (0..4).try_fold(0, |value, _| {
        let (_, c) = chars.next()?;
        Some(value * 16 + c.to_digit(16)?)
    })
}
