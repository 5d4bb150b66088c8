"""The note's asyncio crawler: start a local HTTP/1.0 server whose every
answer takes 100 ms, fetch five pages at once, print them in the order asked.

Standard library only (asyncio.start_server and asyncio.open_connection);
no internet. Same output as go/crawler/main.go and examples/crawler.rs.
"""

import asyncio
import sys
import time

SITE = {
    "/": "Welcome to the crawler's test site",
    "/about": "About: a tiny site on 127.0.0.1",
    "/blog": "Blog: three posts about coroutines",
    "/contact": "Contact: nobody, it is a test",
}
PATHS = ["/", "/about", "/blog", "/contact", "/missing"]
DELAY = 0.1


# ANCHOR: server
async def answer(reader, writer):
    request_line = await reader.readline()
    while (await reader.readline()) not in (b"\r\n", b"\n", b""):
        pass  # skip the headers
    path = request_line.split()[1].decode()
    await asyncio.sleep(DELAY)  # the slow network
    if path in SITE:
        status, body = "200 OK", SITE[path]
    else:
        status, body = "404 Not Found", "not found"
    writer.write(
        f"HTTP/1.0 {status}\r\nContent-Type: text/plain\r\n"
        f"Content-Length: {len(body)}\r\n\r\n{body}".encode()
    )
    await writer.drain()
    writer.close()
# ANCHOR_END: server


# ANCHOR: crawl
async def fetch(host, port, path):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.0\r\nHost: {host}:{port}\r\n\r\n".encode())
    await writer.drain()
    response = (await reader.read()).decode()  # HTTP/1.0: read until closed
    writer.close()
    head, body = response.split("\r\n\r\n", 1)
    status = int(head.split()[1])
    return path, status, body


async def crawl(host, port, paths):
    return await asyncio.gather(*(fetch(host, port, p) for p in paths))
# ANCHOR_END: crawl


# ANCHOR: main
async def main():
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    started = time.monotonic()
    pages = await crawl(host, port, PATHS)
    took = time.monotonic() - started
    ok = 0
    for path, status, body in pages:
        print(f"{path} {status} {len(body)} bytes: {body}")
        ok += status == 200
    print(f"fetched {len(pages)} pages: {ok} ok, {len(pages) - ok} not found")
    print(
        f"(took {took * 1000:.0f} ms; one after another would take "
        f"{DELAY * 1000 * len(pages):.0f} ms)",
        file=sys.stderr,
    )
    server.close()
    await server.wait_closed()


asyncio.run(main())
# ANCHOR_END: main
