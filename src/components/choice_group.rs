//! A question answered by one of several choices: a fieldset of radio
//! buttons, which keyboards and screen readers handle natively.

use yew::prelude::*;

pub struct ChoiceGroup {
    /// Name of the radio group and prefix of the ids.
    pub name: &'static str,
    pub legend: &'static str,
    pub help: &'static str,
    /// (code, label) of every choice.
    pub choices: Vec<(&'static str, String)>,
    /// The code of the chosen answer, if any.
    pub selected: Option<&'static str>,
    pub on_choose: Callback<&'static str>,
}

/// The question's fieldset. A view, not a component: the page that asks
/// draws it again whenever an answer changes anyway.
pub fn choice_group(group: ChoiceGroup) -> Html {
    let help_id = format!("{}-help", group.name);
    html! {
        <fieldset class="choice-group" aria-describedby={help_id.clone()}>
            <legend>{ group.legend }</legend>
            <p class="field-hint" id={help_id}>{ group.help }</p>
            <div class="choices">
                { for group.choices.iter().map(|(code, label)| {
                    let id = format!("{}-{}", group.name, code);
                    let code: &'static str = code;
                    let on_change = {
                        let on_choose = group.on_choose.clone();
                        Callback::from(move |_: Event| on_choose.emit(code))
                    };
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input
                                type="radio"
                                id={id}
                                name={group.name}
                                value={code}
                                checked={group.selected == Some(code)}
                                onchange={on_change}
                            />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
