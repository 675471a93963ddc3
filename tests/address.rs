//! Addresses relative to the app's folder: a language folder and a view,
//! also a view's page for a blog's frame and links from before.

use waika_core::guide::{ProblemId, StepId};
use waika_core::route::Route;
use waika_texts::Lang;
use waika_ui::address::{query_of, Address, EMBEDDABLE, EMBED_PAGE};

#[test]
fn relative_addresses_are_read() {
    let rows: &[(&str, Option<(Lang, Route)>)] = &[
        ("en/", Some((Lang::En, Route::Home))),
        ("nb/fees/", Some((Lang::Nb, Route::Fees))),
        (
            "zh/guide/open-wallet/",
            Some((Lang::Zh, Route::GuideStep(Some(StepId::OpenWallet)))),
        ),
        (
            "en/help/sms-code/?x=1",
            Some((Lang::En, Route::Help(Some(ProblemId::SmsCodeNotReceived)))),
        ),
        (
            "nb/fees/embed.html?embed=1&parent=x",
            Some((Lang::Nb, Route::Fees)),
        ),
        ("en/#/tracker", Some((Lang::En, Route::Tracker))),
        ("en/no-such-view/", Some((Lang::En, Route::NotFound))),
        ("index.html", None),
        ("", None),
        ("fr/fees/", None),
        ("sw.js", None),
    ];
    for (relative, expected) in rows {
        let read = Address::from_relative(relative).map(|address| (address.lang, address.route));
        assert_eq!(read, *expected, "{relative:?}");
    }
}

#[test]
fn every_address_reads_back_with_its_depth_and_frame_page() {
    for lang in Lang::ALL {
        for route in Route::all() {
            let address = Address::new(lang, route);
            let href = address.href();
            assert_eq!(Address::from_relative(&href), Some(address), "{href}");
            assert_eq!(address.depth(), href.matches('/').count(), "{href}");
            assert!(href.starts_with(&format!("{}/", lang.folder())), "{href}");
        }
        for view in EMBEDDABLE {
            let address = Address::new(lang, view.route);
            let framed = format!("{}{EMBED_PAGE}?embed=1", address.href());
            assert_eq!(Address::from_relative(&framed), Some(address), "{framed}");
            assert_eq!(query_of(&framed), "embed=1", "{framed}");
        }
    }
    assert_eq!(query_of("en/#/eligibility?id=passport"), "id=passport");
}
