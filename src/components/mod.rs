//! The UI: small components over the app state. They read state and call its actions;
//! none of them does cost maths.

pub mod app;
pub mod board;
pub mod card;
pub mod drag_ghost;
pub mod fields;
pub mod inspector;
pub mod notices;
pub mod palette;
pub mod zone;
