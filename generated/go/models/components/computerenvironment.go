// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ComputerEnvironment string

const (
	ComputerEnvironmentWindows ComputerEnvironment = "windows"
	ComputerEnvironmentMac     ComputerEnvironment = "mac"
	ComputerEnvironmentLinux   ComputerEnvironment = "linux"
	ComputerEnvironmentUbuntu  ComputerEnvironment = "ubuntu"
	ComputerEnvironmentBrowser ComputerEnvironment = "browser"
)

// ToPointer returns a pointer to a copy of e.
func (e ComputerEnvironment) ToPointer() *ComputerEnvironment {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ComputerEnvironment) UnmarshalJSON(data []byte) error {
	return rooted("ComputerEnvironment", e.decode(data, "$"))
}

func (e *ComputerEnvironment) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ComputerEnvironment", ComputerEnvironmentWindows, ComputerEnvironmentMac, ComputerEnvironmentLinux, ComputerEnvironmentUbuntu, ComputerEnvironmentBrowser)
}
