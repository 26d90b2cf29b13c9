// dot-ai-release-runc: an OCI runtime wrapper that drops CAP_SYS_RESOURCE from every container
// spec it is handed, then runs the real runc with the same arguments.
//
// Why: the test machines' capability bounding set lacks CAP_SYS_RESOURCE, and a privileged
// container (every kind node is one) asks for every capability, so runc fails with "unable to apply
// caps: operation not permitted". Docker and containerd call this wrapper instead of runc (Docker's
// default-runtime; inside the kind node it is earlier on the PATH than runc). It edits:
//   - create/run: the bundle's config.json (--bundle/-b, else the working directory);
//   - exec: the --process/-p file.
// Anything else passes through unchanged. When the capability is in the bounding set (a machine that
// does not need this), nothing is removed.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

const dropped = "CAP_SYS_RESOURCE"
const capSysResourceBit = 24

// realRuntime is the first runc found that is not this program.
func realRuntime() (string, error) {
	self, _ := os.Executable()
	self, _ = filepath.EvalSymlinks(self)
	candidates := []string{os.Getenv("DOT_AI_RELEASE_REAL_RUNC"), "/usr/sbin/runc", "/usr/bin/runc", "/usr/local/sbin/runc.real"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		resolved, err := filepath.EvalSymlinks(c)
		if err != nil || resolved == self {
			continue
		}
		if info, err := os.Stat(resolved); err == nil && !info.IsDir() && info.Mode()&0o111 != 0 {
			return c, nil
		}
	}
	return "", fmt.Errorf("dot-ai-release-runc: no real runc found (tried /usr/sbin/runc, /usr/bin/runc; set DOT_AI_RELEASE_REAL_RUNC)")
}

// boundingSetHas reports whether this process's capability bounding set holds bit.
func boundingSetHas(bit uint) bool {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "CapBnd:") {
			var mask uint64
			if _, err := fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "CapBnd:")), "%x", &mask); err != nil {
				return false
			}
			return mask&(1<<bit) != 0
		}
	}
	return false
}

// flagValue finds --name VALUE, --name=VALUE, -short VALUE in args.
func flagValue(args []string, long, short string) string {
	for i, a := range args {
		switch {
		case a == "--"+long || a == "-"+long || (short != "" && a == "-"+short):
			if i+1 < len(args) {
				return args[i+1]
			}
		case strings.HasPrefix(a, "--"+long+"="):
			return strings.TrimPrefix(a, "--"+long+"=")
		case strings.HasPrefix(a, "-"+long+"="):
			return strings.TrimPrefix(a, "-"+long+"=")
		}
	}
	return ""
}

// subcommand is runc's command: the first argument that is neither a global flag nor its value.
func subcommand(args []string) (string, []string) {
	valued := map[string]bool{"--log": true, "--log-format": true, "--root": true, "--criu": true, "--rootless": true}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if valued[a] {
			i++
			continue
		}
		if strings.HasPrefix(a, "-") {
			continue
		}
		return a, args[i+1:]
	}
	return "", nil
}

// withoutCap removes the capability from every list of a process's "capabilities" object.
func withoutCap(caps map[string]any) bool {
	changed := false
	for set, v := range caps {
		list, ok := v.([]any)
		if !ok {
			continue
		}
		kept := list[:0:0]
		for _, c := range list {
			if s, ok := c.(string); ok && s == dropped {
				changed = true
				continue
			}
			kept = append(kept, c)
		}
		caps[set] = kept
	}
	return changed
}

// rewrite edits the JSON file at path: a bundle's config.json (underProcess) or an exec process file.
func rewrite(path string, underProcess bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // keep large integers (memory limits, uids) exact
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return err
	}
	process := doc
	if underProcess {
		p, ok := doc["process"].(map[string]any)
		if !ok {
			return nil
		}
		process = p
	}
	caps, ok := process["capabilities"].(map[string]any)
	if !ok || !withoutCap(caps) {
		return nil
	}
	out, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp := path + ".dot-ai-release-runc"
	if err := os.WriteFile(tmp, out, info.Mode().Perm()); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func main() {
	args := os.Args[1:]
	runc, err := realRuntime()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(127)
	}
	if !boundingSetHas(capSysResourceBit) {
		var editErr error
		command, rest := subcommand(args)
		switch command {
		case "create", "run":
			bundle := flagValue(rest, "bundle", "b")
			if bundle == "" {
				bundle, _ = os.Getwd()
			}
			editErr = rewrite(filepath.Join(bundle, "config.json"), true)
		case "exec":
			if process := flagValue(rest, "process", "p"); process != "" {
				editErr = rewrite(process, false)
			}
		}
		if editErr != nil {
			fmt.Fprintf(os.Stderr, "dot-ai-release-runc: could not drop %s from the spec: %v\n", dropped, editErr)
			os.Exit(1)
		}
	}
	if err := syscall.Exec(runc, append([]string{runc}, args...), os.Environ()); err != nil {
		fmt.Fprintf(os.Stderr, "dot-ai-release-runc: exec %s: %v\n", runc, err)
		os.Exit(127)
	}
}
