// Page objects: where the tests find things on a view, in one place, so a
// change to a view's markup is one change here. Each takes the language of
// the page ('en', 'nb', 'zh') and finds things by role and by the name the
// page gives them in that language, from the app's catalogues (catalogue.ts).
// CSS is left for what has no role or no accessible name (a result's parts,
// a list item, a paragraph of the answer); each such place says why.
// One file per view in pages/; view.ts holds what every view has.
export { View, type Scope } from './pages/view';
export { HomePage, ProblemSearch } from './pages/home';
export { GuidePage } from './pages/guide';
export { HelpPage } from './pages/help';
export { BeforeYouGoPage } from './pages/before-you-go';
export { CashierPage } from './pages/cashier';
export { NotFoundPage } from './pages/not-found';
export { FeesPage } from './pages/fees';
export { EligibilityPage } from './pages/eligibility';
export { TrackerPage } from './pages/tracker';
export { BlogPage } from './pages/blog';
