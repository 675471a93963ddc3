//! Every view has an address, and addresses survive a round trip.

use waika_core::guide::{ProblemId, StepId, PROBLEMS, STEPS};
use waika_core::route::Route;

/// Links shared before views had paths keep working.
#[test]
fn old_fragments_are_read_into_routes() {
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
fn paths_are_read_into_routes() {
    let rows: &[(&str, Route)] = &[
        ("", Route::Home),
        ("/", Route::Home),
        ("guide/", Route::GuideStep(None)),
        ("guide", Route::GuideStep(None)),
        ("guide/all/", Route::GuideAll),
        (
            "guide/open-wallet/",
            Route::GuideStep(Some(StepId::OpenWallet)),
        ),
        (
            "help/sms-code/",
            Route::Help(Some(ProblemId::SmsCodeNotReceived)),
        ),
        ("eligibility/?id=passport&net=visa", Route::Eligibility),
        ("fees/#top", Route::Fees),
        ("index.html", Route::NotFound),
        ("guide/open-wallet/extra/", Route::NotFound),
    ];
    for (path, expected) in rows {
        assert_eq!(Route::from_path(path), *expected, "{path:?}");
    }
}

#[test]
fn every_view_has_one_path_that_reads_back() {
    let routes = Route::all();
    assert_eq!(
        routes.len(),
        9 + STEPS.len() + PROBLEMS.len(),
        "the start page, the guide, each step, the whole guide, the troubleshooter, each problem and five views"
    );
    let mut seen = std::collections::BTreeSet::new();
    for route in routes {
        let path = route.path();
        assert!(path.is_empty() || path.ends_with('/'), "{route:?}: {path}");
        assert!(seen.insert(path.clone()), "{route:?}: {path} twice");
        assert_eq!(Route::from_path(&path), route, "{path}");
        assert_eq!(
            Route::from_fragment(&format!("#/{path}")),
            route,
            "#/{path}"
        );
    }
}
