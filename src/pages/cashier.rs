//! Sentences to show at the counter: large Chinese for the cashier, any of
//! them on the whole screen with one tap, with a small line for the user in their
//! own language (none on the Chinese page); and an amount check that shows
//! the amount large in figures and Chinese words, with what the card pays.

use crate::browser::{
    enter_full_screen, is_full_screen, leave_full_screen, listen, pop_over_page_entry,
    push_over_page_entry, unlisten,
};
use crate::components::amount_field::{amount_field, AmountShown};
use crate::components::waiver_note::with_or_without;
use crate::context::use_lang;
use crate::settings::use_settings;

use crate::session::use_session_text;
use rust_decimal::Decimal;
use waika_core::amount::read_cny_amount;
use waika_core::fees::{quote, QuoteContext};
use waika_core::money::Money;
use waika_core::promotions::NewUserAnswers;
use waika_core::route::Route;
use waika_texts::guide::{CASHIER_PHRASES, CASHIER_REPLIES, CASHIER_REPLY_PROMPT};
use waika_texts::{chinese_amount, chinese_clauses, fill, format_money, Lang};
use web_sys::HtmlElement;
use yew::prelude::*;

/// The amount as a cashier reads it, in figures (styled by `class`) and in
/// Chinese words: on the page and on the whole screen alike.
fn amount_in_chinese(amount: Decimal, class: &'static str) -> Html {
    html! {
        <>
            <p {class} lang={Lang::Zh.tag()}>{ format_money(Lang::Zh, Money::cny(amount)) }</p>
            if let Some(words) = chinese_amount(amount) {
                <p class="amount-words" lang={Lang::Zh.tag()}>{ words }</p>
            }
        </>
    }
}

/// The longest clause sized to fit a phone's line (390 px wide) at 1.5 rem
/// or more; a longer one is broken anyway, and shown at the usual size.
const CLAUSE_ON_ONE_LINE: usize = 13;

/// A sentence shown on the whole screen, one clause to a line: the text is
/// sized so its longest clause fits the width where it can.
fn large_sentence(zh: &'static str) -> Html {
    let clauses = chinese_clauses(zh);
    let longest = clauses
        .iter()
        .map(|clause| clause.chars().count())
        .max()
        .unwrap_or(1);
    let (class, style) = if longest <= CLAUSE_ON_ONE_LINE {
        (
            "phrase-full-zh sentence",
            Some(format!("--clause-chars: {longest}")),
        )
    } else {
        ("phrase-full-zh", None)
    };
    html! {
        <p {class} lang={Lang::Zh.tag()} {style}>
            { for clauses.into_iter().map(|clause| html! { <span class="clause">{ clause }</span> }) }
        </p>
    }
}

/// Answers for the cashier to tap under a large sentence, in Chinese; the
/// one tapped is shown large to the user in their language.
fn cashier_replies(
    lang: Lang,
    sentence: &str,
    shown_title: &'static str,
    reply: &UseStateHandle<Option<usize>>,
) -> Html {
    let tapped = (**reply).and_then(|index| CASHIER_REPLIES.get(index));
    html! {
        <div class="cashier-replies">
            <p class="cashier-reply-prompt" lang={Lang::Zh.tag()}>{ CASHIER_REPLY_PROMPT }</p>
            <ul>
                for (index, answer) in CASHIER_REPLIES.iter().enumerate().filter(|(_, answer)| answer.fits(sentence)) {
                    <li>
                        <button type="button" class="button small" lang={Lang::Zh.tag()}
                            aria-pressed={(**reply == Some(index)).to_string()}
                            onclick={{ let reply = reply.clone(); Callback::from(move |_: MouseEvent| reply.set(Some(index))) }}>
                            { answer.zh }
                        </button>
                    </li>
                }
            </ul>
            <div class="cashier-reply" aria-live="polite">
                if let Some(answer) = tapped {
                    <p class="cashier-reply-title">{ shown_title }</p>
                    <p class="cashier-reply-user" lang={lang.tag()}>{ answer.for_user(lang) }</p>
                }
            </div>
        </div>
    }
}

/// What is shown on the whole screen.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Large {
    /// A sentence, by its place in the list.
    Phrase(usize),
    /// The amount checked, in figures and Chinese words.
    Amount,
}

#[component]
pub fn CashierPage() -> Html {
    let context = use_lang();
    let (lang, texts) = (context.lang, context.texts());
    // What is shown on the whole screen, if anything, and the answer the
    // cashier tapped under a sentence there.
    let large = use_state(|| None::<Large>);
    let reply = use_state(|| None::<usize>);
    let dialog = use_node_ref();
    {
        // On a small or zoomed screen the answer may be under the fold.
        let dialog = dialog.clone();
        use_effect_with(*reply, move |reply| {
            let shown = dialog
                .cast::<web_sys::Element>()
                .filter(|_| reply.is_some())
                .and_then(|dialog| dialog.query_selector(".cashier-reply-user").ok().flatten());
            if let Some(shown) = shown {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                shown.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let back_button = use_node_ref();
    // The button that opened the large view, to take the focus back to.
    let opener = use_mut_ref(|| None::<HtmlElement>);
    {
        // The Back button takes the focus, so Enter or Space goes back;
        // closed, the focus returns to where it was.
        let (back_button, opener) = (back_button.clone(), opener.clone());
        use_effect_with(*large, move |large| {
            if large.is_some() {
                if opener.borrow().is_none() {
                    *opener.borrow_mut() = crate::browser::focused_element();
                }
                if let Some(button) = back_button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            } else if let Some(element) = opener.borrow_mut().take() {
                let _ = element.focus();
            }
        });
    }
    // Closing goes back past the entry the large sentence added; the
    // `popstate` that follows closes it.
    let dismiss = {
        let large = large.clone();
        move || {
            if !pop_over_page_entry() {
                large.set(None);
            }
        }
    };
    {
        // The phone's Back, or leaving the full screen the browser's way
        // (a swipe, Esc), closes the large sentence, not the page.
        let (large, dismiss) = (large.clone(), dismiss.clone());
        use_effect_with(large.is_some(), move |shown| {
            let listeners = shown.then(|| {
                let left_full_screen = listen("fullscreenchange", move || {
                    if !is_full_screen() {
                        dismiss();
                    }
                });
                let went_back = listen("popstate", move || {
                    leave_full_screen();
                    large.set(None);
                });
                (left_full_screen, went_back)
            });
            move || {
                if let Some((left_full_screen, went_back)) = listeners {
                    if let Some(listener) = left_full_screen {
                        unlisten("fullscreenchange", &listener);
                    }
                    if let Some(listener) = went_back {
                        unlisten("popstate", &listener);
                    }
                }
            }
        });
    }
    // Out of the full screen first, which then closes the sentence.
    let close_large = move || {
        if is_full_screen() {
            leave_full_screen();
        } else {
            dismiss();
        }
    };
    let close = {
        let close_large = close_large.clone();
        Callback::from(move |_: MouseEvent| close_large())
    };
    let on_key = {
        let dialog = dialog.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" => close_large(),
            // Tab moves among the large view's answers and Back, never to
            // the page hidden behind.
            "Tab" => {
                event.prevent_default();
                if let Some(dialog) = dialog.cast::<web_sys::Element>() {
                    crate::browser::focus_next_button(&dialog, event.shift_key());
                }
            }
            _ => {}
        })
    };
    let amount_text = use_session_text("waika.session.cashier-amount", String::new);
    let settings = use_settings();
    let reading = (!amount_text.trim().is_empty())
        .then(|| read_cny_amount(&amount_text, lang.decimal_mark()));
    let amount = reading.and_then(|reading| reading.value.ok());
    // What the card pays, with the calculator's card and currency, once
    // they are the user's own: a language's guess at them would be a figure
    // in a currency they never chose.
    let card_total = amount.filter(|_| settings.kept()).and_then(|amount| {
        let resolved = settings.settings().resolve(lang);
        let home = resolved.home?;
        let markup = resolved.markup_percent.or(resolved.last_valid_markup)?;
        let on = QuoteContext {
            date: context.today,
            new_user: NewUserAnswers::default(),
        };
        let quoted = quote(context.rules(), amount, markup, Some(home), on);
        let total = with_or_without(
            lang,
            quoted.small_waiver_unconfirmed,
            format_money(lang, quoted.home_total?),
            format_money(lang, quoted.home_total_if_lapsed?),
        );
        Some(fill(texts.cashier_card_total, &[("total", &total)]))
    });
    let show = |what: Large| {
        let (large, reply) = (large.clone(), reply.clone());
        Callback::from(move |_: MouseEvent| {
            enter_full_screen();
            push_over_page_entry();
            reply.set(None);
            large.set(Some(what));
        })
    };
    let full = match *large {
        // The user's own line, small, so they know what they hold up.
        Some(Large::Phrase(index)) => CASHIER_PHRASES.get(index).map(|phrase| {
            html! {
                <>
                    { large_sentence(phrase.zh) }
                    if lang != Lang::Zh {
                        <p class="phrase-full-user" lang={lang.tag()}>{ phrase.for_user(lang) }</p>
                    }
                    { cashier_replies(lang, phrase.zh, texts.cashier_reply_shown, &reply) }
                </>
            }
        }),
        Some(Large::Amount) => amount.map(|amount| amount_in_chinese(amount, "phrase-full-zh")),
        None => None,
    };

    html! {
        <article class="cashier">
            <h1>{ texts.cashier_title }</h1>
            <p class="intro">{ texts.cashier_intro }</p>
            // At a till there is no time to scroll through sixteen cards:
            // every sentence by name on the first screen, one tap to show it.
            <nav class="phrase-quick" aria-labelledby="phrase-quick-title">
                <h2 id="phrase-quick-title">{ texts.cashier_quick_title }</h2>
                <ul>
                    for (index, phrase) in CASHIER_PHRASES.iter().enumerate() {
                        <li>
                            <button type="button" class="button small" onclick={show(Large::Phrase(index))}>
                                { phrase.short_for(lang) }
                            </button>
                        </li>
                    }
                </ul>
            </nav>
            // The amount check comes after the sentences; a tap away from the top.
            <p class="jump-link"><a href={format!("{}#amount-check", context.href(Route::Cashier))}>{ texts.cashier_amount_label }</a></p>
            <ul class="phrases">
                for (index, phrase) in CASHIER_PHRASES.iter().enumerate() {
                    <li class="phrase" id={format!("phrase-{}", phrase.slug)}>
                        <p class="phrase-zh" lang={Lang::Zh.tag()} id={format!("phrase-{}-zh", phrase.slug)}>{ phrase.zh }</p>
                        if lang != Lang::Zh {
                            <p class="phrase-user" lang={lang.tag()} id={format!("phrase-{}-user", phrase.slug)}>{ phrase.for_user(lang) }</p>
                        }
                        // Each "Show large" says which sentence it shows.
                        <button type="button" class="button small"
                            aria-describedby={format!("phrase-{}-{}", phrase.slug, if lang == Lang::Zh { "zh" } else { "user" })}
                            onclick={show(Large::Phrase(index))}>{ texts.cashier_show_large }</button>
                    </li>
                }
            </ul>
            <section class="panel amount-check" id="amount-check" aria-labelledby="amount-check-title">
                <h2 id="amount-check-title">{ texts.cashier_amount_label }</h2>
                { amount_field(&context, AmountShown {
                    id: "cashier-amount".into(),
                    label: texts.amount_label.into(),
                    hint: Some(texts.cashier_amount_hint.into()),
                    value: (*amount_text).clone().into(),
                    reading,
                    on_input: { let amount_text = amount_text.clone(); Callback::from(move |text: String| amount_text.set(text)) },
                    ..AmountShown::default()
                }) }
                if let Some(amount) = amount {
                    { amount_in_chinese(amount, "amount-large") }
                    if let Some(card_total) = card_total {
                        <p class="field-note">{ card_total }</p>
                    }
                    <button type="button" class="button small"
                        onclick={show(Large::Amount)}>{ texts.cashier_show_large }</button>
                }
            </section>
            if let Some(full) = full {
                <div class="phrase-full" role="dialog" aria-modal="true" ref={dialog}
                    aria-label={texts.cashier_title} onkeydown={on_key}>
                    { full }
                    <button type="button" class="button primary" ref={back_button}
                        onclick={close}>{ texts.cashier_back }</button>
                </div>
            }
        </article>
    }
}
