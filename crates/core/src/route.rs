//! The app's addresses. Every view has its own path under a language
//! folder, such as `en/guide/open-wallet/` or `nb/fees/`, and the build
//! writes an HTML file at each one, so any static host serves them with no
//! rewrite rules. Links from before, with the view in the fragment
//! (`#/guide/open-wallet`), are still read.

use crate::guide::{problem_by_slug, step_by_slug, ProblemId, StepId, PROBLEMS, STEPS};

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
    /// Reads an old link's fragment such as `#/guide/open-wallet` (the
    /// leading `#` is optional). A query after `?` is ignored here.
    pub fn from_fragment(fragment: &str) -> Route {
        Route::from_path(fragment.trim_start_matches('#'))
    }

    /// Reads the path of a view inside its language folder, such as
    /// `guide/open-wallet/` (slashes at either end are optional). A query
    /// after `?` is ignored here.
    pub fn from_path(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
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

    /// The path of this view inside its language folder, ending in a
    /// slash (the start page's is empty): `guide/open-wallet/`.
    pub fn path(self) -> String {
        match self {
            Route::Home | Route::NotFound => String::new(),
            Route::GuideStep(None) => "guide/".to_string(),
            Route::GuideStep(Some(id)) => {
                let slug = STEPS
                    .iter()
                    .find(|step| step.id == id)
                    .map_or("", |step| step.slug);
                format!("guide/{slug}/")
            }
            Route::GuideAll => "guide/all/".to_string(),
            Route::Help(None) => "help/".to_string(),
            Route::Help(Some(id)) => {
                let slug = PROBLEMS
                    .iter()
                    .find(|problem| problem.id == id)
                    .map_or("", |problem| problem.slug);
                format!("help/{slug}/")
            }
            Route::Fees => "fees/".to_string(),
            Route::Eligibility => "eligibility/".to_string(),
            Route::Tracker => "tracker/".to_string(),
            Route::BeforeYouGo => "before-you-go/".to_string(),
            Route::Cashier => "cashier/".to_string(),
        }
    }

    /// Every view with an address of its own, for the build to write one
    /// page each and for the sitemap.
    pub fn all() -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::GuideStep(None)];
        routes.extend(STEPS.iter().map(|step| Route::GuideStep(Some(step.id))));
        routes.push(Route::GuideAll);
        routes.push(Route::Help(None));
        routes.extend(PROBLEMS.iter().map(|problem| Route::Help(Some(problem.id))));
        routes.extend([
            Route::Fees,
            Route::Eligibility,
            Route::Tracker,
            Route::BeforeYouGo,
            Route::Cashier,
        ]);
        routes
    }
}
