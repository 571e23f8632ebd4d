//! The UI: small components over the app state. They read state and call its actions;
//! none of them does cost maths.

pub mod advice_panel;
pub mod app;
pub mod assumptions_panel;
pub mod board;
pub mod breakdown;
pub mod card;
pub mod chart_figure;
pub mod charts_panel;
pub mod decision_record_view;
pub mod drag_ghost;
pub mod fields;
pub mod findings;
pub mod headline;
pub mod inspector;
pub mod notices;
pub mod palette;
pub mod presentation_toggle;
pub mod presets_menu;
pub mod price_book_panel;
pub mod risks_panel;
pub mod settings;
pub mod share_bar;
pub mod workshop_bar;
pub mod zone;
