//! C ABI of `GVirConfigDomainVsock` (6.0.0).

use crate::DomainVsock;

ffi_get_type!(gvir_config_domain_vsock_get_type, DomainVsock);
ffi_new!(gvir_config_domain_vsock_new, DomainVsock::new());
ffi_int_setter!(gvir_config_domain_vsock_set_cid_address, vsock: DomainVsock, u32, |v: &DomainVsock, a| v.set_cid_address(a));
