//! The app's addresses. Routes live in the URL fragment (`#/guide/...`), so
//! every view has a link that works on any static host and offline, with
//! no server rewrite rules.

use crate::core::guide::{problem_by_slug, step_by_slug, ProblemId, StepId, STEPS};

/// A view of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The start page.
    Home,
    /// The guide, step by step: at a given step, or where the user left off.
    GuideStep(Option<StepId>),
    /// The whole guide on one page, for reading and printing.
    GuideAll,
    /// The troubleshooter, optionally opened at one problem.
    Help(Option<ProblemId>),
    /// The fee calculator.
    Fees,
    /// The eligibility checker; its answers travel in the query.
    Eligibility,
    /// The spending tracker.
    Tracker,
    /// Payment options, risks and the pre-trip checklist.
    BeforeYouGo,
    /// Sentences to show at the counter.
    Cashier,
    /// An address the app does not know.
    NotFound,
}

impl Route {
    /// Reads a URL fragment such as `#/guide/open-wallet` (the leading `#`
    /// is optional). A query after `?` is ignored here.
    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["guide"] => Route::GuideStep(None),
            ["guide", "all"] => Route::GuideAll,
            ["guide", slug] => {
                step_by_slug(slug).map_or(Route::NotFound, |step| Route::GuideStep(Some(step.id)))
            }
            ["help"] => Route::Help(None),
            ["help", slug] => problem_by_slug(slug)
                .map_or(Route::NotFound, |problem| Route::Help(Some(problem.id))),
            ["fees"] => Route::Fees,
            ["eligibility"] => Route::Eligibility,
            ["tracker"] => Route::Tracker,
            ["before-you-go"] => Route::BeforeYouGo,
            ["cashier"] => Route::Cashier,
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, e.g. `#/guide/open-wallet`.
    pub fn to_fragment(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::GuideStep(None) => "#/guide".to_string(),
            Route::GuideStep(Some(id)) => {
                let slug = STEPS
                    .iter()
                    .find(|step| step.id == id)
                    .map_or("", |step| step.slug);
                format!("#/guide/{slug}")
            }
            Route::GuideAll => "#/guide/all".to_string(),
            Route::Help(None) => "#/help".to_string(),
            Route::Help(Some(id)) => {
                let slug = crate::core::guide::PROBLEMS
                    .iter()
                    .find(|problem| problem.id == id)
                    .map_or("", |problem| problem.slug);
                format!("#/help/{slug}")
            }
            Route::Fees => "#/fees".to_string(),
            Route::Eligibility => "#/eligibility".to_string(),
            Route::Tracker => "#/tracker".to_string(),
            Route::BeforeYouGo => "#/before-you-go".to_string(),
            Route::Cashier => "#/cashier".to_string(),
        }
    }
}

/// The separately loaded parts of the app, one WebAssembly file each, so a
/// visitor downloads the code and text of the view they open and not those
/// of every other view. The service worker keeps all of them for offline use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// The start page (and "not found").
    Start,
    /// The guide, the troubleshooter, "before you go" and the cashier card.
    Guide,
    /// The fee calculator.
    Fees,
    /// The eligibility checker.
    Eligibility,
    /// The spending tracker.
    Tracker,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Start,
        Bundle::Guide,
        Bundle::Fees,
        Bundle::Eligibility,
        Bundle::Tracker,
    ];

    /// The Cargo binary (and file) name of the bundle.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Start => "start",
            Bundle::Guide => "guide",
            Bundle::Fees => "fees",
            Bundle::Eligibility => "eligibility",
            Bundle::Tracker => "tracker",
        }
    }
}

impl Route {
    /// The bundle that draws this view. An unknown address has none: every
    /// bundle can say "not found".
    pub fn bundle(self) -> Option<Bundle> {
        match self {
            Route::Home => Some(Bundle::Start),
            Route::GuideStep(_)
            | Route::GuideAll
            | Route::Help(_)
            | Route::BeforeYouGo
            | Route::Cashier => Some(Bundle::Guide),
            Route::Fees => Some(Bundle::Fees),
            Route::Eligibility => Some(Bundle::Eligibility),
            Route::Tracker => Some(Bundle::Tracker),
            Route::NotFound => None,
        }
    }
}
