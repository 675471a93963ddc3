//! Every view has an address, and addresses survive a round trip.

use waika::core::guide::{ProblemId, StepId, PROBLEMS, STEPS};
use waika::route::{Bundle, Route};

#[test]
fn fragments_are_read_into_routes() {
    let rows: &[(&str, Route)] = &[
        ("", Route::Home),
        ("#", Route::Home),
        ("#/", Route::Home),
        ("#/guide", Route::GuideStep(None)),
        ("#/guide/", Route::GuideStep(None)),
        ("#/guide/all", Route::GuideAll),
        (
            "#/guide/open-wallet",
            Route::GuideStep(Some(StepId::OpenWallet)),
        ),
        ("#/guide/no-such-step", Route::NotFound),
        ("#/help", Route::Help(None)),
        (
            "#/help/sms-code",
            Route::Help(Some(ProblemId::SmsCodeNotReceived)),
        ),
        ("#/help/nope", Route::NotFound),
        ("#/fees", Route::Fees),
        ("#/fees?embed=1", Route::Fees),
        ("#/eligibility", Route::Eligibility),
        ("#/tracker", Route::Tracker),
        ("#/eligibility?id=passport&net=visa", Route::Eligibility),
        ("#/before-you-go", Route::BeforeYouGo),
        ("#/cashier", Route::Cashier),
        ("#/elsewhere", Route::NotFound),
        ("#/guide/open-wallet/extra", Route::NotFound),
    ];
    for (fragment, expected) in rows {
        assert_eq!(Route::from_fragment(fragment), *expected, "{fragment:?}");
    }
}

#[test]
fn every_step_and_problem_round_trips() {
    for route in all_routes() {
        let fragment = route.to_fragment();
        assert_eq!(Route::from_fragment(&fragment), route, "{fragment}");
    }
}

/// Every route, with one step and one problem.
fn all_routes() -> Vec<Route> {
    let mut routes = vec![
        Route::Home,
        Route::GuideStep(None),
        Route::GuideAll,
        Route::Help(None),
        Route::Fees,
        Route::Eligibility,
        Route::Tracker,
        Route::BeforeYouGo,
        Route::Cashier,
    ];
    routes.extend(STEPS.iter().map(|step| Route::GuideStep(Some(step.id))));
    routes.extend(PROBLEMS.iter().map(|problem| Route::Help(Some(problem.id))));
    routes
}

/// The start-up script's table `BUNDLE_OF_SECTION = { section: 'bundle', ... }`.
fn boot_script_table() -> Vec<(String, String)> {
    let script = std::fs::read_to_string("static/boot.js").expect("static/boot.js");
    let line = script
        .lines()
        .find(|line| line.starts_with("const BUNDLE_OF_SECTION = {"))
        .expect("the BUNDLE_OF_SECTION line in static/boot.js");
    let inner = line
        .split_once('{')
        .and_then(|(_, rest)| rest.split_once('}'))
        .map(|(inner, _)| inner)
        .expect("a { ... } table");
    inner
        .split(',')
        .map(|pair| {
            let (section, bundle) = pair.split_once(':').expect("section: 'bundle'");
            (
                section.trim().trim_matches('\'').to_string(),
                bundle.trim().trim_matches('\'').to_string(),
            )
        })
        .collect()
}

#[test]
fn the_start_up_script_loads_the_bundle_that_draws_each_route() {
    let table = boot_script_table();
    for route in all_routes() {
        let fragment = route.to_fragment();
        let section = fragment
            .trim_start_matches("#/")
            .split('/')
            .next()
            .unwrap_or_default();
        let loaded = table
            .iter()
            .find(|(name, _)| name == section)
            .map_or("start", |(_, bundle)| bundle.as_str());
        let drawn_by = route.bundle().expect("a known route has a bundle");
        assert_eq!(loaded, drawn_by.name(), "{fragment}");
    }
    for (section, bundle) in &table {
        assert!(
            Bundle::ALL.iter().any(|known| known.name() == bundle),
            "{section} -> {bundle}: no such bundle"
        );
    }
}

#[test]
fn every_bundle_has_a_binary_and_a_build_line() {
    let index = std::fs::read_to_string("index.html").expect("index.html");
    for bundle in Bundle::ALL {
        let name = bundle.name();
        assert!(
            std::path::Path::new(&format!("src/bin/{name}.rs")).exists(),
            "src/bin/{name}.rs"
        );
        assert!(
            index.contains(&format!("data-bin=\"{name}\"")),
            "index.html builds {name}"
        );
    }
}

#[test]
fn unknown_addresses_have_no_bundle_of_their_own() {
    for fragment in ["#/elsewhere", "#/guide/no-such-step", "#/help/nope"] {
        assert_eq!(Route::from_fragment(fragment).bundle(), None, "{fragment}");
    }
}
