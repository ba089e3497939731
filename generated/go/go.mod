// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

module github.com/xsdk/xsdk/generated/go

go 1.22
