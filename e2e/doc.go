// Package e2e tests the built pages in a real headless Chromium, as a reader
// would use them: from file:// with no network, and (for the hosted build)
// from a server on loopback. Run ./build.sh first; the tests read dist/.
//
// Without Chromium or a build they skip, except under CI=true, where they
// fail.
package e2e
