//! What each language fills in for "What you may have read".

/// How many claims the section lists, the same in every language.
pub const CLAIM_COUNT: usize = 10;

/// One claim a traveller may meet elsewhere, and what the sources say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimText {
    /// The claim as other sites usually write it, with the language's own
    /// quotation marks (“ ” in English and Chinese, « » in Norwegian).
    pub claim: &'static str,
    /// What the sources say instead, in one or two sentences, with the
    /// source named briefly and its date.
    pub instead: &'static str,
}

/// The headings and labels of the section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimsTexts {
    /// The section's heading.
    pub title: &'static str,
    /// One sentence under the heading: where the claims come from and what
    /// the answers are.
    pub intro: &'static str,
    /// The label before a claim.
    pub read_label: &'static str,
    /// The label before what the sources say.
    pub instead_label: &'static str,
}
