//! Every view has an address, and addresses survive a round trip.

use waika::core::guide::{ProblemId, StepId, PROBLEMS, STEPS};
use waika::route::Route;

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
    for route in routes {
        let fragment = route.to_fragment();
        assert_eq!(Route::from_fragment(&fragment), route, "{fragment}");
    }
}
