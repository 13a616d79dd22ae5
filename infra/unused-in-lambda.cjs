// Stands in, inside Lambda bundles only, for modules Bolt loads at start but a Function URL handler never calls:
// Socket Mode (undici, ws) and the Express/HTTP receivers (express, raw-body, iconv-lite). ~1.3 MB less to load.
module.exports = {};
