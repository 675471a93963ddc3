//! One way to declare a text catalogue: each field is written once, in the
//! struct, and `catalogue!` generates with it `all()`, the list of every
//! text with its field's name, which the tests walk in every language
//! (no empty text, the same placeholders everywhere).

use crate::Plural;

/// A field of a catalogue: a text, a plural (two texts) or a fixed list
/// of texts.
pub trait CatalogueEntry {
    /// Adds this entry's texts to `all`, named `name`.
    fn list_into(&self, name: &'static str, all: &mut Vec<(&'static str, &'static str)>);
}

impl CatalogueEntry for &'static str {
    fn list_into(&self, name: &'static str, all: &mut Vec<(&'static str, &'static str)>) {
        all.push((name, self));
    }
}

impl CatalogueEntry for Plural {
    fn list_into(&self, name: &'static str, all: &mut Vec<(&'static str, &'static str)>) {
        all.push((name, self.one));
        all.push((name, self.other));
    }
}

impl<const N: usize> CatalogueEntry for [&'static str; N] {
    fn list_into(&self, name: &'static str, all: &mut Vec<(&'static str, &'static str)>) {
        all.extend(self.iter().map(|text| (name, *text)));
    }
}

/// Declares a catalogue struct (every field public) and its `all()`.
#[macro_export]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $kind:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $kind, )*
        }

        impl $name {
            /// Every text with its field's name (a plural or a list gives
            /// several), for the tests that check all of them.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                let mut all = Vec::new();
                $( $crate::catalogue::CatalogueEntry::list_into(&self.$field, stringify!($field), &mut all); )*
                all
            }
        }
    };
}

/// Of three expressions (Chinese, Norwegian, English), the one for the
/// language this build was made for; used by [`by_language!`] in a build
/// for one language (features `only-zh`, `only-nb`, `only-en`), where the
/// other languages' texts must not be referenced at all.
#[cfg(feature = "only-zh")]
#[macro_export]
macro_rules! in_built_language {
    ($zh:expr, $nb:expr, $en:expr) => {
        $zh
    };
}
#[cfg(feature = "only-nb")]
#[macro_export]
macro_rules! in_built_language {
    ($zh:expr, $nb:expr, $en:expr) => {
        $nb
    };
}
#[cfg(feature = "only-en")]
#[macro_export]
macro_rules! in_built_language {
    ($zh:expr, $nb:expr, $en:expr) => {
        $en
    };
}

/// A text function that answers in the language asked for, from that
/// language's module (`zh`, `en`, `nb` where it is used): the one place
/// that dispatches by language. The browser app is built once per
/// language (features `only-zh`, `only-nb`, `only-en`), and each build
/// compiles in its own language's texts only: every language then answers
/// from the built one, as each language's pages load their own build.
/// Without these features (tests, the prerender tool) all three are there.
///
/// `by_language!(pub fn step(id: StepId) -> StepText);` defines
/// `step(lang, id)`, calling `zh::step(id)` and so on;
/// `by_language!(pub fn checker -> &'static CheckerTexts = CHECKER);`
/// defines `checker(lang)`, giving `&zh::CHECKER` and so on.
#[macro_export]
macro_rules! by_language {
    ($(#[$meta:meta])* pub fn $name:ident($($arg:ident : $kind:ty),* $(,)?) -> $ret:ty) => {
        $(#[$meta])*
        pub fn $name(lang: $crate::Lang, $($arg: $kind),*) -> $ret {
            match lang {
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::Zh => zh::$name($($arg),*),
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::Nb => nb::$name($($arg),*),
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::En => en::$name($($arg),*),
                #[cfg(any(feature = "only-zh", feature = "only-nb", feature = "only-en"))]
                _ => $crate::in_built_language!(
                    zh::$name($($arg),*),
                    nb::$name($($arg),*),
                    en::$name($($arg),*)
                ),
            }
        }
    };
    ($(#[$meta:meta])* pub fn $name:ident -> &'static $kind:ty = $constant:ident) => {
        $(#[$meta])*
        pub fn $name(lang: $crate::Lang) -> &'static $kind {
            match lang {
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::Zh => &zh::$constant,
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::Nb => &nb::$constant,
                #[cfg(not(any(feature = "only-zh", feature = "only-nb", feature = "only-en")))]
                $crate::Lang::En => &en::$constant,
                #[cfg(any(feature = "only-zh", feature = "only-nb", feature = "only-en"))]
                _ => $crate::in_built_language!(&zh::$constant, &nb::$constant, &en::$constant),
            }
        }
    };
}
