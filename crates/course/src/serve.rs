//! `cargo course book --serve`: the built book on localhost, rebuilt when a
//! chapter, the theme or an included file changes. Reload the page to see a
//! rebuild.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::book;

/// The files whose change rebuilds the book: the book itself and the crates
/// its chapters include code from.
fn watched(root: &Path) -> Vec<PathBuf> {
    [
        "book/src",
        "book/theme",
        "book/book.toml",
        "crates",
        "tests",
    ]
    .iter()
    .map(|path| root.join(path))
    .filter(|path| path.exists())
    .collect()
}

/// Whether a changed path is one the book can show (not a build product).
fn relevant(root: &Path, path: &Path) -> bool {
    let relative = path.strip_prefix(root).unwrap_or(path);
    !relative.starts_with("book/build") && !relative.components().any(|c| c.as_os_str() == "target")
}

/// The content type of a file of the book.
fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The file a request's URL path names inside `out`, or `None` when it
/// points out of it. A directory means its `index.html`.
pub fn resolve(out: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let mut file = out.to_path_buf();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        let part = percent_decode(part)?;
        match Path::new(&part).components().next() {
            Some(Component::Normal(_)) if !part.contains('/') => file.push(part),
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

/// Decodes `%XX` escapes (a chapter's anchors hold Chinese); `None` when the
/// result is not UTF-8.
fn percent_decode(part: &str) -> Option<String> {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| part.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Builds the book into `out`, then serves it on `127.0.0.1:port` (0: any
/// free port) until the process is stopped, rebuilding on change. `ready`
/// gets the address once the server listens.
pub fn serve(root: &Path, out: &Path, port: u16, ready: impl FnOnce(&str)) -> Result<(), String> {
    book::build(root, out)?;
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|err| {
        format!("could not listen on 127.0.0.1:{port}: {err} (try another --port)")
    })?;
    let address = match server.server_addr() {
        tiny_http::ListenAddr::IP(address) => format!("http://{address}/"),
        #[allow(unreachable_patterns)]
        _ => format!("http://127.0.0.1:{port}/"),
    };
    let (changes, changed) = mpsc::channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result
            && (event.kind.is_modify() || event.kind.is_create() || event.kind.is_remove())
        {
            for path in event.paths {
                let _ = changes.send(path);
            }
        }
    })
    .map_err(|err| format!("could not watch the book's files: {err}"))?;
    for path in watched(root) {
        watcher
            .watch(&path, RecursiveMode::Recursive)
            .map_err(|err| format!("could not watch {}: {err}", path.display()))?;
    }
    let (root_dir, out_dir) = (root.to_path_buf(), out.to_path_buf());
    thread::Builder::new()
        .name("book-rebuilder".into())
        .spawn(move || {
            let _watcher = watcher;
            while let Ok(path) = changed.recv() {
                if !relevant(&root_dir, &path) {
                    continue;
                }
                // A save is often several events: take them all, then build once.
                while changed.recv_timeout(Duration::from_millis(200)).is_ok() {}
                let started = Instant::now();
                match book::build(&root_dir, &out_dir) {
                    Ok(()) => println!(
                        "rebuilt the book in {} ms ({} changed); reload the page",
                        started.elapsed().as_millis(),
                        path.strip_prefix(&root_dir).unwrap_or(&path).display()
                    ),
                    Err(err) => println!("the book did not rebuild: {err}"),
                }
            }
        })
        .map_err(|err| format!("could not start the rebuilder: {err}"))?;
    ready(&address);
    for request in server.incoming_requests() {
        let response = match resolve(out, request.url()) {
            Some(file) if file.is_file() => match fs::read(&file) {
                Ok(body) => {
                    let header = tiny_http::Header::from_bytes("Content-Type", content_type(&file))
                        .expect("a valid header");
                    tiny_http::Response::from_data(body).with_header(header)
                }
                Err(_) => not_found(out),
            },
            _ => not_found(out),
        };
        let _ = request.respond(response);
    }
    Ok(())
}

/// mdBook's own 404 page, with its status.
fn not_found(out: &Path) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let body = fs::read(out.join("404.html")).unwrap_or_else(|_| b"not found".to_vec());
    let header = tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8")
        .expect("a valid header");
    tiny_http::Response::from_data(body)
        .with_status_code(404)
        .with_header(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_names_a_file_of_the_book_and_never_one_outside_it() {
        let out = Path::new("/book");
        assert_eq!(
            resolve(out, "/values.html?search=x#top"),
            Some(PathBuf::from("/book/values.html"))
        );
        assert_eq!(
            resolve(out, "/theme/a%20b.css"),
            Some(PathBuf::from("/book/theme/a b.css"))
        );
        assert_eq!(resolve(out, "/../etc/passwd"), None);
        assert_eq!(resolve(out, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(out, "/a%2f..%2f..%2fx"), None);
    }

    #[test]
    fn build_products_do_not_trigger_a_rebuild() {
        let root = Path::new("/course");
        assert!(relevant(root, Path::new("/course/book/src/values.md")));
        assert!(relevant(
            root,
            Path::new("/course/crates/values/examples/values_struct.rs")
        ));
        assert!(!relevant(root, Path::new("/course/book/build/values.html")));
        assert!(!relevant(
            root,
            Path::new("/course/crates/x/target/debug/y")
        ));
    }
}
