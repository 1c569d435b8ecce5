// SPDX-License-Identifier: GPL-3.0-or-later
// Preloaded into the Portkey gateway by tst_portkeygateway (node --require loopback.cjs): the
// gateway has no bind-address option and listens on every interface, so this forces its listen()
// onto 127.0.0.1; and it refuses, loudly, any connection to a host outside the loopback range, so
// that a config pointing anywhere else fails the test instead of reaching the network.
'use strict';
const net = require('node:net');

const loopbackHost = '127.0.0.1';
const isLoopback = (host) =>
    host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    const first = args[0];
    if (args.length === 0 || typeof first === 'function') {
        args.unshift(0, loopbackHost); // listen([callback]): any free port
    } else if (first !== null && typeof first === 'object' && 'port' in first && first.path === undefined) {
        args[0] = { ...first, host: loopbackHost }; // listen(options[, callback])
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
        // listen(port[, host][, backlog][, callback])
        if (args.length < 2 || args[1] === undefined || args[1] === null || typeof args[1] === 'string')
            args[1] = loopbackHost;
        else
            args.splice(1, 0, loopbackHost);
    }
    return listen.apply(this, args);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
    // net.connect() hands its normalised arguments over as one array.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const second = Array.isArray(args[0]) ? args[0][1] : args[1];
    let host = 'localhost';
    let port = '';
    if (first !== null && typeof first === 'object') {
        if (first.path !== undefined) // a Unix socket: local by nature
            return connect.apply(this, args);
        host = first.host ?? host;
        port = first.port;
    } else {
        port = first;
        if (typeof second === 'string')
            host = second;
    }
    if (!isLoopback(String(host))) {
        const message = `signalbox loopback guard: refused a connection to ${host}:${port}`;
        process.stderr.write(message + '\n');
        process.nextTick(() => this.destroy(new Error(message)));
        return this;
    }
    return connect.apply(this, args);
};
