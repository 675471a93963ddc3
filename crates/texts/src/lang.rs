//! The languages of the app, and which one a browser's language tag or a
//! build for one language gives.

use crate::Texts;
use serde::{Deserialize, Serialize};
use waika_core::amount::DecimalMark;

/// A language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Simplified Chinese, with the official terms of Weixin Pay's own guide.
    Zh,
    /// English, with the terms of the guide's English column.
    En,
    /// Norwegian bokmål.
    Nb,
}

impl Lang {
    /// What goes between two sentences or a word and a bracket: a space,
    /// but nothing in Chinese, whose full-width marks carry their own.
    pub const fn gap(self) -> &'static str {
        match self {
            Lang::Zh => "",
            Lang::En | Lang::Nb => " ",
        }
    }

    /// What follows a lead word before its sentence ("Important: …"): a
    /// full-width colon in Chinese.
    pub const fn colon(self) -> &'static str {
        match self {
            Lang::Zh => "：",
            Lang::En | Lang::Nb => ": ",
        }
    }

    /// `text` in brackets: full-width ones in Chinese.
    pub fn in_brackets(self, text: &str) -> String {
        match self {
            Lang::Zh => format!("（{text}）"),
            Lang::En | Lang::Nb => format!("({text})"),
        }
    }

    /// All languages in the order of the language switch.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::En, Lang::Nb];

    /// The BCP 47 tag, for `<html lang>` and storage.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The folder of the app's addresses in this language: `zh/fees/`.
    pub const fn folder(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language whose folder is `folder`.
    pub fn from_folder(folder: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.folder() == folder)
    }

    /// The language's name in itself, for the language switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Nb => "Norsk",
        }
    }

    /// The language's name as `lang` writes it before "version": "Chinese",
    /// "kinesiske" (den kinesiske versjonen), "中文".
    pub const fn version_name_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, Lang::Zh) => "Chinese",
            (Lang::En, Lang::En) => "English",
            (Lang::En, Lang::Nb) => "Norwegian",
            (Lang::Nb, Lang::Zh) => "kinesiske",
            (Lang::Nb, Lang::En) => "engelske",
            (Lang::Nb, Lang::Nb) => "norske",
            (Lang::Zh, Lang::Zh) => "中文",
            (Lang::Zh, Lang::En) => "英文",
            (Lang::Zh, Lang::Nb) => "挪威语",
        }
    }

    /// Reads a language tag such as "nb-NO", "no", "zh-Hant-TW" or "en-GB";
    /// `None` for languages the app does not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        PRIMARY_TAGS
            .iter()
            .find(|(known, _)| *known == primary)
            .map(|(_, lang)| *lang)
    }

    /// How the language writes the decimal mark, which decides how an
    /// ambiguous typed number ("1.234", "1,234") is read.
    pub const fn decimal_mark(self) -> DecimalMark {
        match self {
            Lang::Zh | Lang::En => DecimalMark::Point,
            Lang::Nb => DecimalMark::Comma,
        }
    }

    /// The catalogue of texts in this language.
    pub const fn texts(self) -> &'static Texts {
        match self {
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::Zh => &crate::zh::TEXTS,
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::Nb => &crate::nb::TEXTS,
            #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
            Lang::En => &crate::en::TEXTS,
            #[cfg(any(feature = "only-zh", feature = "only-nb", feature = "only-en"))]
            _ => in_built_language!(&crate::zh::TEXTS, &crate::nb::TEXTS, &crate::en::TEXTS),
        }
    }
}

/// The primary language subtags the app answers to (`nb` of `nb-NO`),
/// and the language each gets. Nynorsk readers understand bokmål far
/// better than English. The start page's script is given this table.
pub const PRIMARY_TAGS: [(&str, Lang); 5] = [
    ("zh", Lang::Zh),
    ("en", Lang::En),
    ("nb", Lang::Nb),
    ("no", Lang::Nb),
    ("nn", Lang::Nb),
];

/// The language a build for one language was made for (features
/// `only-zh`, `only-nb`, `only-en`); `None` when all three are built in.
pub const BUILT_LANGUAGE: Option<Lang> = if cfg!(feature = "only-zh") {
    Some(Lang::Zh)
} else if cfg!(feature = "only-nb") {
    Some(Lang::Nb)
} else if cfg!(feature = "only-en") {
    Some(Lang::En)
} else {
    None
};
