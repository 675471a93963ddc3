//! A question answered by one of several choices: a fieldset of radio
//! buttons, which keyboards and screen readers handle natively.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// Name of the radio group and prefix of the ids.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub help: AttrValue,
    /// (code, label) of every choice.
    pub choices: Vec<(&'static str, String)>,
    /// The code of the chosen answer, if any.
    pub selected: Option<&'static str>,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let help_id = format!("{}-help", props.name);
    html! {
        <fieldset class="choice-group" aria-describedby={help_id.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <p class="field-hint" id={help_id}>{ props.help.clone() }</p>
            <div class="choices">
                { for props.choices.iter().map(|(code, label)| {
                    let id = format!("{}-{}", props.name, code);
                    let code: &'static str = code;
                    let on_change = {
                        let on_choose = props.on_choose.clone();
                        Callback::from(move |_: Event| on_choose.emit(code))
                    };
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input
                                type="radio"
                                id={id}
                                name={props.name.clone()}
                                value={code}
                                checked={props.selected == Some(code)}
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
