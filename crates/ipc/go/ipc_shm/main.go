// IPC by shared memory: a file under /dev/shm (what shm_open makes), mapped
// by a child (this program, started again) that writes a message into it.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
)

const message = "hello through shared memory"

const size = 4096

// ANCHOR: main
func mapShared(path string, flag int) []byte {
	f, err := os.OpenFile(path, flag, 0o600)
	if err != nil {
		panic(err)
	}
	defer f.Close() // the mapping outlives the descriptor
	if flag&os.O_CREATE != 0 {
		if err := f.Truncate(size); err != nil {
			panic(err)
		}
	}
	mem, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		panic(err)
	}
	return mem
}

func main() {
	if path := os.Getenv("IPC_CHILD"); path != "" {
		mem := mapShared(path, os.O_RDWR)
		mem[0] = byte(len(message))
		copy(mem[1:], message)
		syscall.Munmap(mem)
		return
	}
	path := fmt.Sprintf("/dev/shm/ipc-shm-go-%d", os.Getpid())
	mem := mapShared(path, os.O_RDWR|os.O_CREATE|os.O_EXCL)
	defer os.Remove(path)
	self, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), "IPC_CHILD="+path)
	if err := cmd.Run(); err != nil {
		panic(err)
	}
	got := string(mem[1 : 1+int(mem[0])])
	syscall.Munmap(mem)
	fmt.Printf("shared memory: got %q from the child\n", got)
	os.Remove(path)
	_, err = os.Stat(path)
	fmt.Printf("left behind: %v\n", err == nil)
}

// ANCHOR_END: main
