//! A visible banner instead of a dead page when Rust panics in the browser.

use wasm_bindgen::JsCast;

/// Installs a panic hook that writes the panic message into a fixed banner at
/// the top of the page and to the console. What the user typed is already in
/// localStorage, so reloading loses nothing.
///
/// Through `yew::set_custom_panic_hook`: Yew's renderer replaces a hook set
/// with `std::panic::set_hook` by its own console-only one when it mounts.
pub fn install() {
    // After a panic (panic = "abort") the hook cannot be replaced; it is ours.
    if std::thread::panicking() {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        let message =
            format!("looplab crashed: {info}. Your program is saved; reload the page to continue.");
        web_sys::console::error_1(&message.clone().into());
        show(&message);
    }));
}

/// Puts `message` in the banner at the top of the page (one banner: a later
/// panic replaces the message).
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(banner) = document.get_element_by_id("panic-banner") {
        banner.set_text_content(Some(message));
        return;
    }
    let Some(body) = document.body() else {
        return;
    };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    banner.set_attribute("role", "alert").ok();
    banner.set_text_content(Some(message));
    if let Some(element) = banner.dyn_ref::<web_sys::HtmlElement>() {
        element.set_class_name("panic-banner");
    }
    body.prepend_with_node_1(&banner).ok();
}

/// Takes the banner away (a fresh worker runs the next program).
pub fn hide() {
    if let Some(banner) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("panic-banner"))
    {
        banner.remove();
    }
}
