use capi_support::guard;

#[no_mangle]
pub extern "C" fn gvir_event_register() {
    guard("gvir_event_register", (), crate::event_register)
}
