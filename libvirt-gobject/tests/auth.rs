//! Connections that need credentials: libvirt's test driver with `tests/data/gobject/auth-node.xml`
//! asks for a user name (`alice`) and then her password (`secret`).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use gio::prelude::*;
use libvirt_gobject::{Connection, ConnectionError, Credential, CredentialKind};

fn uri() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/gobject/auth-node.xml");
    format!("test://{}", path.canonicalize().expect("the fixture exists").display())
}

fn connection() -> Connection {
    libvirt_gobject::init().expect("libvirt initialises");
    Connection::new(&uri())
}

/// What a handler saw: (kind, prompt, challenge, default) per credential, per call.
type Seen = Rc<RefCell<Vec<Vec<(CredentialKind, Option<String>, Option<String>, Option<String>)>>>>;

/// A handler answering `alice` / `password`, recording what it was asked.
fn answer_with(conn: &Connection, password: &'static str) -> Seen {
    let seen: Seen = Rc::default();
    let record = seen.clone();
    conn.set_auth_handler(move |_, credentials| {
        record.borrow_mut().push(
            credentials
                .iter()
                .map(|c| (c.kind(), c.prompt().map(str::to_owned), c.challenge().map(str::to_owned), c.default_result().map(str::to_owned)))
                .collect(),
        );
        answer(credentials, password);
        true
    });
    seen
}

fn answer(credentials: &[Credential], password: &str) {
    for credential in credentials {
        match credential.kind() {
            CredentialKind::Authname | CredentialKind::Username => credential.set_result(Some("alice")),
            CredentialKind::Passphrase | CredentialKind::NoEchoPrompt => credential.set_result(Some(password)),
            _ => {}
        }
    }
}

fn assert_failed(result: Result<(), glib::Error>, fragments: &[&str]) {
    let error = result.expect_err("the open fails");
    assert!(error.matches(ConnectionError::Failed), "{error:?}");
    let message = error.message();
    assert!(message.starts_with(&format!("Unable to open {}: ", uri())), "{message}");
    for fragment in fragments {
        assert!(message.contains(fragment), "{message:?} lacks {fragment:?}");
    }
}

#[test]
fn without_a_handler_the_open_fails_as_in_libvirt_glib() {
    let conn = connection();
    assert_failed(conn.open(None), &["Missing authentication credentials"]);
    assert!(!conn.is_open());
    assert_failed(conn.open_read_only(None), &["Missing authentication credentials"]);
}

#[test]
fn the_right_answers_open_the_connection() {
    let conn = connection();
    let seen = answer_with(&conn, "secret");
    conn.open(None).expect("alice/secret opens");
    assert!(conn.is_open() && !conn.is_read_only());
    conn.fetch_domains(None).expect("domains list");
    assert!(conn.find_domain_by_name("guarded").is_some());
    let localhost = Some("localhost".to_owned());
    assert_eq!(
        *seen.borrow(),
        vec![
            vec![(CredentialKind::Authname, Some("Enter username for localhost".to_owned()), localhost.clone(), None)],
            vec![(CredentialKind::Passphrase, Some("Enter alice's password for localhost".to_owned()), localhost, None)],
        ]
    );
    conn.close();
}

#[test]
fn read_only_opens_use_the_handler_too() {
    let conn = connection();
    answer_with(&conn, "secret");
    conn.open_read_only(None).expect("alice/secret opens read-only");
    assert!(conn.is_read_only());
}

#[test]
fn a_wrong_password_fails_with_libvirts_message() {
    let conn = connection();
    answer_with(&conn, "guess");
    assert_failed(conn.open(None), &["authentication failed", "see test XML for the correct username/password"]);
    assert!(!conn.is_open());
}

#[test]
fn a_handler_that_declines_fails_the_open() {
    let conn = connection();
    conn.set_auth_handler(|_, _| false);
    assert_failed(conn.open(None), &["authentication failed", "the authentication handler declined"]);
}

#[test]
fn a_credential_left_unanswered_fails_the_open() {
    let conn = connection();
    conn.set_auth_handler(|_, _| true);
    assert_failed(conn.open(None), &["left a credential without an answer"]);
}

#[test]
fn unsetting_the_handler_restores_the_plain_open() {
    let conn = connection();
    answer_with(&conn, "secret");
    conn.unset_auth_handler();
    assert_failed(conn.open(None), &["Missing authentication credentials"]);
}

#[test]
fn a_handler_runs_only_on_the_thread_that_set_it() {
    let conn = connection();
    answer_with(&conn, "secret");
    let elsewhere = conn.clone();
    let result = std::thread::spawn(move || elsewhere.open(None).map_err(|e| e.message().to_owned())).join().unwrap();
    let message = result.expect_err("the handler cannot run on another thread");
    assert!(message.contains("set on another thread"), "{message}");
}

#[test]
fn open_future_runs_the_handler_on_the_callers_context() {
    let conn = connection();
    let main_thread = std::thread::current().id();
    let threads = Rc::new(RefCell::new(Vec::new()));
    let record = threads.clone();
    conn.set_auth_handler(move |_, credentials| {
        record.borrow_mut().push(std::thread::current().id());
        answer(credentials, "secret");
        true
    });
    let opened_on = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let signal = opened_on.clone();
    conn.connect_connection_opened(move |_| signal.lock().unwrap().push(std::thread::current().id()));
    let context = glib::MainContext::new();
    context.block_on(conn.open_future(None)).expect("opens on a worker thread");
    assert!(conn.is_open());
    assert_eq!(*threads.borrow(), vec![main_thread, main_thread]);
    assert_eq!(*opened_on.lock().unwrap(), vec![main_thread]);
}

#[test]
fn cancelling_while_the_handler_is_pending_fails_the_open_at_once() {
    let conn = connection();
    let cancellable = gio::Cancellable::new();
    let to_cancel = cancellable.clone();
    let finished = Rc::new(RefCell::new(false));
    let finished_seen = finished.clone();
    let finished_while_pending = Rc::new(RefCell::new(false));
    let record = finished_while_pending.clone();
    // Like a modal dialog: the handler iterates its context until the user acts. Here the open
    // is cancelled meanwhile, and must finish before the handler answers.
    conn.set_auth_handler(move |_, credentials| {
        let context = glib::MainContext::ref_thread_default();
        let to_cancel = to_cancel.clone();
        let cancel = glib::timeout_source_new(Duration::from_millis(50), None, glib::Priority::DEFAULT, move || {
            to_cancel.cancel();
            glib::ControlFlow::Break
        });
        cancel.attach(Some(&context));
        let deadline = Instant::now() + Duration::from_secs(5);
        while !*finished_seen.borrow() && Instant::now() < deadline {
            context.iteration(true);
        }
        *record.borrow_mut() = *finished_seen.borrow();
        answer(credentials, "secret");
        true
    });
    let context = glib::MainContext::new();
    let done = finished.clone();
    let conn2 = conn.clone();
    let result = context.block_on(async move {
        let result = conn2.open_future(Some(&cancellable)).await;
        *done.borrow_mut() = true;
        result
    });
    let error = result.expect_err("the open is cancelled");
    assert!(error.matches(gio::IOErrorEnum::Cancelled), "{error:?}");
    assert!(*finished_while_pending.borrow(), "the open waited for the handler");
    assert!(!conn.is_open());
}
