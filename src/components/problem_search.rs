//! "What do you see?": a field that finds a problem from a message or the
//! user's own words, in any language, with the answers as links. The start
//! page shows the best few; the troubleshooter shows them all. Nothing
//! typed ever ends in "no results": the nearest problems come instead,
//! with the ways to pay now.

use crate::browser::{keep_in_history_entry, kept_in_history_entry};
use crate::components::fraud_warning::{fraud_warning, WarningForm};
use crate::context::{use_lang, LangContext};
use crate::rule_text::{rule_values, with_rules};
use crate::session::{session_get, session_set, use_session_text};
use waika_core::guide::{ProblemId, StepId};
use waika_core::problem_search::{
    asks_about_a_card, asks_about_limits, asks_about_safety, asks_how_to_pay, asks_to_pay_by_card,
    cost_question_amount, find_problems, names_a_merchant, names_alipay, names_cash,
    names_id_or_photo, sentence_for_the_cashier, FoundBy,
};
use waika_core::route::Route;
use waika_core::trouble::{trouble_of, PayNow, Side};
use waika_texts::guide::{cashier_phrase, step, CashierPhrase};
use waika_texts::problems::{help_texts, problem, searchable_in_all_languages, seen, side, way};
use waika_texts::{fill, format_yuan, Lang};
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

/// Where the typed question is kept for this tab, shared by the start page
/// and the troubleshooter.
pub const QUERY_KEY: &str = "waika.session.help-search";
/// Set for this tab when another language is chosen: that language's
/// start page goes on with the search typed here.
pub const CARRY_KEY: &str = "waika.session.search-carried";
/// The start page's search, kept with its history entry for Back.
const HISTORY_KEY: &str = "search";

/// The ways offered when no one problem is clear: what works at most tills.
/// Cash first, as it works whatever the cause: showing one's own code
/// charges the same card, which does not help if the bank refused it.
const WAYS_WHEN_UNSURE: [PayNow; 4] = [
    PayNow::Cash,
    PayNow::AskMerchantCode,
    PayNow::ShowYourCode,
    PayNow::OwnWallet,
];

/// The guide's steps that say how to pay: at a till, then in an app.
const PAY_STEPS: [StepId; 3] = [
    StepId::PayByScanning,
    StepId::PayWithCode,
    StepId::PayOnline,
];

/// A link to where the app explains a way to pay now.
pub fn way_href(context: &LangContext, way_to_pay: PayNow) -> Option<String> {
    let (route, anchor) = way_to_pay.target()?;
    Some(place_href(context, route, anchor))
}

/// A link to a view, or to a place in it.
pub fn place_href(context: &LangContext, route: Route, anchor: Option<&str>) -> String {
    let base = context.href(route);
    match anchor {
        Some(anchor) => format!("{base}#{anchor}"),
        None => base,
    }
}

/// "Show the cashier", one tap from the cashier card's sentence for this
/// moment, with the sentence in Chinese and what it says.
pub fn show_cashier(context: &LangContext, phrase: &CashierPhrase) -> Html {
    let anchor = format!("phrase-{}", phrase.slug);
    html! {
        <p class="show-cashier">
            <a class="way-now" href={place_href(context, Route::Cashier, Some(&anchor))}>{ help_texts(context.lang).show_cashier }</a>
            <span class="read-out-inline" lang={Lang::Zh.tag()}>{ phrase.zh }</span>
            // What it says, for the user who cannot read it.
            if context.lang != Lang::Zh {
                <span class="read-out-user">{ phrase.for_user(context.lang) }</span>
            }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProblemSearchProps {
    /// The field's id (one per page).
    pub id: AttrValue,
    /// The field's label.
    pub label: AttrValue,
    /// At most this many answers; all when `None`.
    #[prop_or_default]
    pub limit: Option<usize>,
    /// Shown under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Whether the field starts with what this tab last typed (the
    /// troubleshooter), or empty (the start page, where new trouble starts).
    #[prop_or(true)]
    pub resume: bool,
}

// Long: the field, its keys (Enter, arrows) and the list of answers, which work together.
#[component]
pub fn ProblemSearch(props: &ProblemSearchProps) -> Html {
    let context = use_lang();
    let (lang, help) = (context.lang, help_texts(context.lang));
    let values = rule_values(lang, context.rules());
    let kept = use_session_text(QUERY_KEY, String::new);
    let fresh = use_state(String::new);
    // Either way, what is typed is kept for the troubleshooter.
    let query = if props.resume {
        kept.clone()
    } else {
        fresh.clone()
    };
    let results = use_node_ref();
    // What answers before the problems: the limits, the calculator for an
    // amount asked about, or a sentence for the cashier.
    let answer_first = use_node_ref();
    let findings = find_problems(&query, searchable_in_all_languages);
    // The start page lists nothing until something is typed.
    let show_all = props.limit.is_none() || findings.found_by != FoundBy::Nothing;
    let shown: Vec<ProblemId> = match props.limit {
        Some(limit) => findings.problems.iter().copied().take(limit).collect(),
        None => findings.problems.clone(),
    };
    {
        // The start page starts empty, but not when the user comes Back to
        // it from an answer, or switched language in the middle of a search.
        let (fresh, resume) = (fresh.clone(), props.resume);
        use_effect_with((), move |_| {
            if resume {
                return;
            }
            let carried = session_get(CARRY_KEY).is_some_and(|carried| !carried.is_empty());
            if carried {
                session_set(CARRY_KEY, "");
            }
            let back = kept_in_history_entry(HISTORY_KEY);
            if let Some(search) = back.or_else(|| carried.then(|| session_get(QUERY_KEY)).flatten())
            {
                fresh.set(search);
            }
        });
    }
    let on_input = {
        let (fresh, kept, resume) = (fresh.clone(), kept.clone(), props.resume);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if !resume {
                keep_in_history_entry(HISTORY_KEY, &input.value());
                fresh.set(input.value());
            }
            kept.set(input.value());
        })
    };
    // Enter opens the answer when the question clearly matched one, or
    // asked whether a card works (the checker answers that); otherwise it
    // moves to the problems found, never opening a guess as if it were the
    // answer. Without the app, the form goes to the troubleshooter with the
    // question.
    let asks_about_card = asks_about_a_card(&query);
    // "Is this safe?", or someone asking for a password or the CVV: the
    // warning above the list answers, and Enter stays on it rather than
    // opening a problem or the checker ("passport photo safe?" named a
    // document, and the checker took the warning away).
    let asks_about_safe = asks_about_safety(&query);
    // "Kan jeg betale med kort?" at a till: the shop's own terminal is
    // asked about first; the checker is listed, but Enter does not open it.
    // A shop that refused the card ("merchant dosent accept foreign card")
    // is the shop's side: the checker is listed after its problems, and
    // Enter does not open it.
    let at_a_shop = names_a_merchant(&query);
    let opens_checker =
        asks_about_card && !asks_to_pay_by_card(&query) && !asks_about_safe && !at_a_shop;
    let checker_link = html! {
        <li>
            <a class="problem-link" href={context.href(Route::Eligibility)}>
                <span class="problem-link-title">{ help.card_question }</span>
            </a>
        </li>
    };
    // "支付宝可以吗": not a Weixin Pay problem. Said plainly, with the ways
    // to pay now, instead of every page the other words half match; Enter
    // stays on that answer.
    let about_alipay = names_alipay(&query) && !findings.clear;
    // "Do I need cash?": no problem answers it, the ways to pay do.
    let about_cash = names_cash(&query)
        && matches!(findings.found_by, FoundBy::Closest | FoundBy::MostCommon)
        && !about_alipay;
    // Answered by the line above the ways to pay, not by problems.
    let answered_above = about_alipay || about_cash;
    // "How do I pay at a shop": the guide's steps for paying, then the
    // failures the same words find.
    let how_to_pay = asks_how_to_pay(&query) && !findings.clear && !answered_above;
    // "What is the max I can pay": the limits, before the failure the same
    // words find, and Enter never opens that failure as the answer.
    let limits = asks_about_limits(&query) && !answered_above;
    let on_submit = {
        let (results, answer_first) = (results.clone(), answer_first.clone());
        let matched = (findings.clear && !asks_about_safe && !limits) || opens_checker;
        Callback::from(move |event: SubmitEvent| {
            if answered_above {
                event.prevent_default();
                return;
            }
            // The limits, the calculator or a sentence for the cashier
            // answers first: Enter goes to it, in sight, not to the causes
            // under it.
            let answer = answer_first.cast::<HtmlElement>().filter(|_| !matched);
            let answer_link = answer
                .as_ref()
                .and_then(|block| block.query_selector("a").ok().flatten())
                .and_then(|link| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(link).ok());
            if let (Some(block), Some(link)) = (answer, answer_link) {
                event.prevent_default();
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = link.focus_with_options(&options);
                block.scroll_into_view();
                return;
            }
            let first = results
                .cast::<HtmlElement>()
                .and_then(|list| list.query_selector("a").ok().flatten())
                .and_then(|link| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(link).ok());
            if let Some(link) = first {
                event.prevent_default();
                if matched {
                    link.click();
                } else {
                    let _ = link.focus();
                }
            }
        })
    };
    // On a phone the keyboard covers half the screen: the field goes to
    // the top, so the answers under it stay in sight. A search kept from
    // before is chosen whole, so what is typed replaces it.
    let on_focus = Callback::from(|event: FocusEvent| {
        let field: web_sys::HtmlInputElement = event.target_unchecked_into();
        field.select();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        field.scroll_into_view_with_scroll_into_view_options(&options);
    });
    let hint_id = format!("{}-hint", props.id);
    let cashier_sentence = sentence_for_the_cashier(&query).and_then(cashier_phrase);
    let cost_amount = cost_question_amount(&query, lang.decimal_mark());
    let status = match findings.found_by {
        _ if limits => None,
        _ if about_alipay => Some(help.alipay_not_covered),
        _ if about_cash => Some(help.cash_answer),
        _ if how_to_pay => Some(help.how_to_pay),
        // The warning answers; what the same words half match is not
        // offered as "this may be it" ("support asks my password" found
        // "Cannot add the card").
        FoundBy::Match if asks_about_safe && !findings.clear => Some(help.closest),
        // A question of how ("how do I pay rent"), not a failure: no causes.
        FoundBy::Match if !findings.clear && findings.problems.len() > 1 => {
            let first = findings.problems.first().map(|id| trouble_of(*id));
            Some(
                if first.is_some_and(|trouble| trouble.how_to || trouble.side == Side::Rules) {
                    help.several_answers
                } else {
                    help.several_match
                },
            )
        }
        FoundBy::Match if !findings.clear => Some(help.maybe_this),
        FoundBy::Nothing | FoundBy::Match => None,
        FoundBy::Closest => Some(help.closest),
        FoundBy::MostCommon => Some(help.nothing_close),
    };
    // Unsure which problem it is: the ways to pay now come with the list.
    let unsure = findings.found_by != FoundBy::Nothing && !findings.clear;
    let help_href = context.href(Route::Help(None));
    html! {
        <div class="problem-search">
            <form class="field search-field" role="search" action={help_href.clone()} method="get" onsubmit={on_submit}>
                <label for={props.id.clone()}>{ props.label.clone() }</label>
                if let Some(hint) = &props.hint {
                    <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
                }
                <div class="search-row">
                    <input
                        id={props.id.clone()}
                        name="q"
                        type="search"
                        autocomplete="off"
                        enterkeyhint="search"
                        value={(*query).clone()}
                        aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                        oninput={on_input}
                        onfocus={on_focus}
                    />
                    <button type="submit" class="button">{ help.search_button }</button>
                </div>
            </form>
            // "Is this safe?": the official warning answers first.
            if asks_about_safe {
                // A passport's photo has one right place, said beside the
                // warning that forbids giving it to anyone.
                { fraud_warning(&context, if names_id_or_photo(&query) { WarningForm::PassportSteps } else { WarningForm::Compact }) }
            }
            if let Some(status) = status {
                <p class="notice search-status" role="status">{ status }</p>
            }
            // The limits asked about, the calculator with the amount named,
            // and the sentence that asks the cashier (a message nobody can
            // read, a receipt).
            if cashier_sentence.is_some() || cost_amount.is_some() || limits {
                <div ref={answer_first}>
                    if limits {
                        <p class="notice search-status limits-answer" role="status">
                            { with_rules(help.limits_answer, &values) }
                            { lang.gap() }
                            <a href={context.href(Route::Tracker)}>{ help.limits_left }</a>
                        </p>
                    }
                    if let Some(amount) = cost_amount {
                        <p class="cost-question">
                            <a class="way-now" href={format!("{}#amount={amount}", context.href(Route::Fees))}>
                                { fill(help.cost_for_amount, &[("amount", &format_yuan(lang, amount))]) }
                            </a>
                        </p>
                    }
                    if let Some(phrase) = cashier_sentence {
                        { show_cashier(&context, phrase) }
                    }
                </div>
            }
            if show_all && !answered_above {
                <ul class="problem-links" ref={results}>
                    // "Will my card work?" is the checker's question, not a problem.
                    if asks_about_card && !at_a_shop {
                        { checker_link.clone() }
                    }
                    if how_to_pay {
                        for step_id in PAY_STEPS {
                            <li>
                                <a class="problem-link" href={context.href(Route::GuideStep(Some(step_id)))}>
                                    <span class="problem-link-title">{ step(lang, step_id).title }</span>
                                </a>
                            </li>
                        }
                    }
                    for id in shown.iter().copied() {
                        <li>
                            <a class="problem-link" href={context.href(Route::Help(Some(id)))}>
                                <span class="problem-link-title">{ with_rules(problem(lang, id).title, &values) }</span>
                                // Unsure which it is: the message in Chinese,
                                // to compare with the screen.
                                if unsure && lang != Lang::Zh {
                                    if let Some(message) = seen(Lang::Zh, id).first() {
                                        <span class="problem-link-seen" lang={Lang::Zh.tag()}>{ *message }</span>
                                    }
                                }
                                // "Not known" alone would read as "nobody knows the answer".
                                if trouble_of(id).side != Side::NotKnown {
                                    <span class="problem-link-side">{ side(lang, trouble_of(id).side).label }</span>
                                }
                            </a>
                        </li>
                    }
                    if asks_about_card && at_a_shop {
                        { checker_link }
                    }
                </ul>
            }
            // The steps are the ways to pay for a question of how.
            if unsure && !how_to_pay {
                // The cash and Alipay answers say it in their own line.
                if !answered_above {
                    <p class="ways-now-intro">{ help.ways_now_intro }</p>
                }
                <ul class="way-links">
                    for way_to_pay in WAYS_WHEN_UNSURE {
                        <li>
                            <a href={way_href(&context, way_to_pay)}>
                                { way(lang, way_to_pay).label }
                            </a>
                        </li>
                    }
                </ul>
                // Cash in a taxi with too little on you: the driver's sentence.
                if about_cash {
                    if let Some(phrase) = cashier_phrase("atm") {
                        { show_cashier(&context, phrase) }
                    }
                }
            }
            if !answered_above && findings.found_by == FoundBy::Match && props.limit.is_some_and(|limit| findings.problems.len() > limit) {
                <p class="jump-link">
                    <a href={help_href}>{ fill(help.more_results, &[("count", &findings.problems.len().to_string())]) }</a>
                </p>
            }
        </div>
    }
}
