//! The page: header with the language switch, the calculator, the footer.

use crate::i18n::Lang;
use crate::ui::components::footer::Footer;
use crate::ui::components::header::Header;
use crate::ui::context::{apply_lang, initial_lang, LangContext};
use crate::ui::pages::calculator::CalculatorPage;
use yew::prelude::*;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(initial_lang);
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| apply_lang(*lang, false));
    }
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            apply_lang(chosen, true);
            lang.set(chosen);
        })
    };
    let context = LangContext {
        lang: *lang,
        set_lang,
    };
    let texts = context.texts();
    html! {
        <ContextProvider<LangContext> {context}>
            <a class="skip-link" href="#main">{ texts.skip_to_content }</a>
            <Header />
            <main id="main" tabindex="-1">
                <CalculatorPage />
            </main>
            <Footer />
        </ContextProvider<LangContext>>
    }
}
